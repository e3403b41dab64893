import { type OpenApiModel } from '@design-check/openapi-model';
import { createRequire } from 'node:module';
import type { Spectral as SpectralClass, Document as SpectralDocument, RulesetDefinition } from '@stoplight/spectral-core';
import { engineInput, fromPlainConfigError, inCut, runEngine, noteConsulted, placeInFile, refusal, tidy, toPlainConfigError, VIRTUAL_FILE, warmEngine, type EngineFinding, type EngineOptions, type EngineResult, type PlainConfigError } from './common.js';
import { isNoise, noiseRulesOff, onRefKey, withoutCascades } from './filters.js';

import { DEFAULT_SETUP_KEY, spectralSetup, type SpectralSetup } from './spectral-config.js';
import { shareSpectralAjv } from './spectral-ajv.js';
import { vendorEngines } from './vendor.js';
import { shareNimma } from './spectral-nimma.js';
import { withTrustedRuleset } from './spectral-trust.js';
import { reason } from './project-config.js';
import { closestName, ConfigError, timed } from '@design-check/core';

interface SpectralModules {
  Spectral: typeof SpectralClass;
  Document: typeof SpectralDocument;
  oas: RulesetDefinition;
  Json: unknown;
  Resolver: new (opts: unknown) => unknown;
  /** Spectral's ruleset assertions (spectral-trust.ts). */
  assertions: unknown;
}

// The Spectral packages are CommonJS: their named exports sit on `default` when imported from ESM.
const cjs = <T>(m: unknown): T => ((m as { default?: T }).default ?? (m as T));

let loading: Promise<SpectralModules> | undefined;

/** The ruleset a CommonJS module exports as `default` (hosts differ in whether they unwrap it). */
function rulesetOf(m: RulesetDefinition | { default: RulesetDefinition }): RulesetDefinition {
  return 'rules' in m ? m : (m as { default: RulesetDefinition }).default;
}

/** Load Spectral, its parsers, resolver and the `spectral:oas` ruleset once per process. */
export function loadSpectral(): Promise<SpectralModules> {
  const bundled = vendorEngines();
  loading ??= timed('engine', 'spectral (load)', () =>
    bundled
      ? Promise.resolve([bundled.spectralCore, bundled.oas, bundled.parsers, bundled.resolver] as const)
      : Promise.all([
          import('@stoplight/spectral-core'),
          // Only the OpenAPI ruleset: the package's index loads the AsyncAPI and Arazzo ones (and their schemas) too.
          import('@stoplight/spectral-rulesets/dist/oas/index.js'),
          import('@stoplight/spectral-parsers'),
          import('@stoplight/spectral-ref-resolver'),
        ]),
  ).then(([core, rulesets, parsers, resolver]) => {
    shareSpectralAjv(bundled ? (id) => bundled.fromFunctions[id] : functionsRequire());
    shareNimma(bundled ? bundled.nimma : nimmaModule());
    const c = cjs<typeof import('@stoplight/spectral-core')>(core);
    return {
      Spectral: c.Spectral,
      Document: c.Document,
      oas: rulesetOf(cjs<RulesetDefinition | { default: RulesetDefinition }>(rulesets)),
      Json: cjs<{ Json: unknown }>(parsers).Json,
      Resolver: cjs<{ Resolver: new (opts: unknown) => unknown }>(resolver).Resolver,
      assertions: bundled ? bundled.assertions : coreRequire()('./ruleset/validation/assertions.js'),
    };
  });
  return loading;
}

/** Load Spectral where its lints run (the OpenAPI engine thread), ahead of the first lint: the runner calls it while the document is parsed. */
export function warmSpectral(): Promise<void> {
  return timed('engine', 'spectral (load)', () => warmEngine(import.meta.url, 'spectralReady'));
}

/** Spectral loaded in the thread that runs this; nothing to hand back across threads. */
export async function spectralReady(): Promise<void> {
  await loadSpectral();
}

/** Spectral's core functions and formats, which a project ruleset names as strings. */
function coreFunctions(): { functions: Record<string, unknown>; formats: Record<string, unknown> } {
  const bundled = vendorEngines();
  if (bundled) return { functions: bundled.functions, formats: bundled.formats };
  const fromRulesets = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-rulesets'));
  return { functions: fromRulesets('@stoplight/spectral-functions'), formats: fromRulesets('@stoplight/spectral-formats') };
}

/** `require` from Spectral's core package (its main module's folder). */
function coreRequire(): (id: string) => unknown {
  return createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-core'));
}

/** `nimma/legacy` as Spectral's runner requires it, for spectral-nimma.ts. */
function nimmaModule(): unknown {
  return coreRequire()('nimma/legacy');
}

/** `require` from Spectral's functions package (a dependency of its rulesets), for spectral-ajv.ts. */
function functionsRequire(): (id: string) => unknown {
  const rulesetsMain = createRequire(import.meta.url).resolve('@stoplight/spectral-rulesets');
  return createRequire(createRequire(rulesetsMain).resolve('@stoplight/spectral-functions'));
}

/** A ConfigError about the project's Spectral ruleset, naming the file and the key. */
function rulesetError(setup: SpectralSetup, key: string, message: string): ConfigError {
  return new ConfigError(`${key}: ${message}`, setup.path ?? setup.file, key);
}

function convertRules(setup: SpectralSetup): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let lib: ReturnType<typeof coreFunctions> | undefined;
  for (const [name, def] of Object.entries(setup.rules)) {
    if (!def || typeof def !== 'object' || Array.isArray(def)) {
      out[name] = def;
      continue;
    }
    lib ??= coreFunctions();
    const rule = { ...(def as Record<string, unknown>) };
    const thens = (Array.isArray(rule.then) ? rule.then : [rule.then]).map((t) => ({ ...(t as Record<string, unknown>) }));
    const unknown = thens.map((t) => t.function).find((fn) => typeof fn !== 'string' || !(fn in lib!.functions));
    if (unknown !== undefined) {
      const hint = closestName(String(unknown), Object.keys(lib.functions));
      throw rulesetError(setup, `rules.${name}.then.function`, `'${String(unknown)}' is not a Spectral core function${hint ? `; did you mean '${hint}'?` : ` (design-check runs only Spectral's core functions)`}`);
    }
    for (const t of thens) t.function = lib.functions[t.function as string];
    rule.then = Array.isArray(rule.then) ? thens : thens[0];
    if (Array.isArray(rule.formats)) rule.formats = rule.formats.map((f) => lib!.formats[String(f)]).filter(Boolean);
    out[name] = rule;
  }
  return out;
}

function refusingResolver(S: SpectralModules): unknown {
  const refuse = { resolve: async (uri: { toString(): string }) => Promise.reject(new Error(refusal(uri.toString()))) };
  return new S.Resolver({ resolvers: { http: refuse, https: refuse, file: refuse } });
}

/**
 * Spectral's reason for refusing a ruleset, as a ConfigError on its first key: its validation
 * errors carry a path (`rules.operation-tags`); an override of a rule it does not have is a
 * ReferenceError naming the rule.
 */
function invalidRuleset(setup: SpectralSetup, e: unknown, oasRules: Record<string, unknown>): ConfigError {
  const errors = (e as { errors?: Array<{ message?: string; path?: unknown[] }> }).errors;
  const first = Array.isArray(errors) ? errors.find((x) => Array.isArray(x.path)) : undefined;
  if (first) {
    const more = errors!.length > 1 ? ` (and ${errors!.length - 1} more)` : '';
    const path = first.path!.map(String);
    const value = path[0] === 'rules' ? path.slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), setup.rules) : undefined;
    if ((path.length === 2 || path[2] === 'severity') && typeof value === 'string') {
      const hint = closestName(value, SEVERITIES, 2);
      return rulesetError(setup, path.join('.'), `unexpected severity '${value}', expected ${SEVERITIES.join(', ')}${hint ? `; did you mean '${hint}'?` : ''}${more}`);
    }
    return rulesetError(setup, path.join('.'), `${reason(first.message ?? 'invalid')}${more}`);
  }
  const missing = /non-existing rule: "([^"]+)"/.exec(reason(e))?.[1];
  if (missing) {
    const hint = closestName(missing, Object.keys(oasRules));
    return rulesetError(setup, `rules.${missing}`, `spectral:oas has no rule '${missing}' to change${hint ? `; did you mean '${hint}'?` : '; a new rule needs given and then'}`);
  }
  return new ConfigError(`invalid ruleset: ${reason(e)}`, setup.path ?? setup.file);
}

const SEVERITIES = ['error', 'warn', 'info', 'hint', 'off'];

const instances = new Map<string, SpectralClass>();

/** The ruleset design-check gives Spectral for a setup: `spectral:oas` in its mode, the fragment-noise rules off, the project's rules. */
export function rulesetDefinition(S: SpectralModules, setup: SpectralSetup): RulesetDefinition {
  const extendsList = setup.mode === 'none' ? [] : [[S.oas, setup.mode]];
  const oasRules = (S.oas as { rules: Record<string, unknown> }).rules;
  const quiet = setup.mode === 'none' ? {} : noiseRulesOff('spectral', setup.named, (code) => code in oasRules);
  return { extends: extendsList, aliases: setup.aliases, rules: { ...quiet, ...convertRules(setup) } } as unknown as RulesetDefinition;
}

/** A Spectral instance with the project's ruleset; a ruleset Spectral refuses is a ConfigError. */
function instanceFor(S: SpectralModules, setup: SpectralSetup): SpectralClass {
  const cached = instances.get(setup.key);
  if (cached) return cached;
  const spectral = new S.Spectral({ resolver: refusingResolver(S) as never });
  const definition = rulesetDefinition(S, setup);
  try {
    // design-check's own ruleset (no project config) is valid by its tests; a project's is validated.
    if (setup.key === DEFAULT_SETUP_KEY) withTrustedRuleset(S.assertions, () => spectral.setRuleset(definition));
    else spectral.setRuleset(definition);
  } catch (e) {
    throw invalidRuleset(setup, e, (S.oas as { rules: Record<string, unknown> }).rules);
  }
  instances.set(setup.key, spectral);
  return spectral;
}

const SEVERITY = ['error', 'warning', 'info', 'info'] as const;

/** What one Spectral lint gives back, as plain data. */
export type SpectralRaw = { configError: PlainConfigError } | { results: Array<{ code: string; message: string; severity: number; path: Array<string | number>; source?: string }> };

/** Spectral's part of a run, on plain data: build the ruleset, lint `text` (when given). */
export async function spectralLint(input: { setup: SpectralSetup; text?: string }): Promise<SpectralRaw> {
  try {
    const S = await loadSpectral();
    const spectral = instanceFor(S, input.setup);
    if (input.text === undefined) return { results: [] };
    const document = new S.Document(input.text, S.Json as never, VIRTUAL_FILE);
    const results = await spectral.run(document, { ignoreUnknownFormat: false });
    return { results: results.map((r) => ({ code: String(r.code), message: r.message, severity: r.severity, path: [...r.path], ...(r.source ? { source: r.source } : {}) })) };
  } catch (e) {
    if (e instanceof ConfigError) return { configError: toPlainConfigError(e) };
    throw e;
  }
}

async function run(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const setup = await spectralSetup(opts.projectRoot, opts.settings);
  noteConsulted(opts, setup.consulted);
  const issues = setup.issues;
  const input = engineInput(model);
  const lint = { setup, ...(input.tooDeep ? {} : { text: input.text }) };
  const raw = await timed('engine', 'spectral (lint)', () => runEngine<SpectralRaw>(import.meta.url, 'spectralLint', lint, model.limits.timeoutMs, opts.signal));
  if (raw === 'timeout') return { findings: [], issues, timedOut: true };
  if ('configError' in raw) throw fromPlainConfigError(raw.configError);
  if (input.tooDeep) return { findings: [], issues, tooDeep: true };
  const findings: EngineFinding[] = [];
  for (const r of raw.results) {
    if (r.source && r.source !== VIRTUAL_FILE) continue;
    const f: EngineFinding = {
      source: `spectral:${r.code}`,
      code: r.code,
      message: tidy(r.message),
      severity: SEVERITY[r.severity] ?? 'warning',
      path: r.path,
    };
    const judged = placeInFile(input, f, model.merged.description);
    if (!inCut(input, f.path) && !isNoise(f, judged, setup.named)) findings.push(f.file ? f : onRefKey(f, judged));
  }
  return { findings: withoutCascades(findings), issues, named: setup.named };
}

/** Lint the merged description with Spectral (once per document; rules share the result). */
export function spectralResult(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const cache = model as OpenApiModel & { _spectral?: Promise<EngineResult> };
  cache._spectral ??= run(model, opts);
  return cache._spectral;
}
