import { describe, expect, it } from 'vitest';
import { loadSpectral, rulesetDefinition } from './spectral.js';
import { spectralSetup } from './spectral-config.js';
import { withTrustedRuleset } from './spectral-trust.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Assert = (ruleset: unknown, format?: string) => void;

describe('withTrustedRuleset', () => {
  it("skips nothing that matters: design-check's own ruleset passes Spectral's validation", async () => {
    const S = await loadSpectral();
    const setup = await spectralSetup(mkdtempSync(join(tmpdir(), 'dc-trust-')), {});
    expect(setup.key).toBe('default');
    const assertions = S.assertions as { assertValidRuleset: Assert };
    const definition = rulesetDefinition(S, setup) as unknown as { extends: unknown[][]; rules: Record<string, unknown> };
    // What Spectral's Ruleset checks for a definition with `extends`, then for the ruleset it extends.
    expect(() => assertions.assertValidRuleset({ ...definition, extends: [] }, 'js')).not.toThrow();
    expect(() => assertions.assertValidRuleset(definition.extends[0][0], 'js')).not.toThrow();
    expect(Object.values(definition.rules).length).toBeGreaterThan(0);
  });

  it('builds without validation, then puts the validation back (also after a throw)', async () => {
    const S = await loadSpectral();
    const assertions = S.assertions as { assertValidRuleset: Assert };
    const invalid = { rules: { 'no-given': { then: { function: 'nope' } } } };
    expect(() => assertions.assertValidRuleset(invalid, 'js')).toThrow();
    expect(withTrustedRuleset(assertions, () => (assertions.assertValidRuleset(invalid, 'js'), 'built'))).toBe('built');
    expect(() => assertions.assertValidRuleset(invalid, 'js')).toThrow();
    expect(() =>
      withTrustedRuleset(assertions, () => {
        throw new Error('failed build');
      }),
    ).toThrow('failed build');
    expect(() => assertions.assertValidRuleset(invalid, 'js')).toThrow();
  });

  it('leaves a module of another shape as it is and still builds', () => {
    const other = { assertValidRuleset: 'not a function' };
    expect(withTrustedRuleset(other, () => 42)).toBe(42);
    expect(withTrustedRuleset(undefined, () => 7)).toBe(7);
    expect(other.assertValidRuleset).toBe('not a function');
  });
});
