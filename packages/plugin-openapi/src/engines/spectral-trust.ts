/** Spectral's ruleset assertions module, whose export its Ruleset constructor reads at each call. */
interface AssertionsModule {
  assertValidRuleset: (ruleset: unknown, format?: string, context?: unknown) => void;
}

/**
 * Build a Spectral ruleset that design-check defines itself (`spectral:oas` with some of its rules
 * turned off, no project config) without Spectral validating the definition first. The validation
 * builds an Ajv 2020 instance with its meta-schemas and compiles Spectral's ruleset schema: about
 * 0.1 s of a cold run, to find that `spectral:oas` and a list of `off` severities are a valid
 * ruleset, which its tests already show (spectral-trust.test.ts). A project's own ruleset is always
 * validated. `build` must construct the ruleset synchronously (Spectral's `setRuleset` does). When
 * the module does not have the expected shape (another version), `build` runs as it is.
 */
export function withTrustedRuleset<T>(assertions: unknown, build: () => T): T {
  const m = assertions as AssertionsModule | undefined;
  if (!m || typeof m.assertValidRuleset !== 'function') return build();
  const upstream = m.assertValidRuleset;
  m.assertValidRuleset = () => undefined;
  try {
    return build();
  } finally {
    m.assertValidRuleset = upstream;
  }
}
