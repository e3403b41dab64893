import { type OpenApiModel, parsePointer } from '@design-check/openapi-model';
import type * as RedoclyModule from '@redocly/openapi-core';
import { engineInput, fromPlainConfigError, inCut, runEngine, noteConsulted, placeInFile, refusal, tidy, toPlainConfigError, VIRTUAL_FILE, warmEngine, type EngineFinding, type EngineOptions, type EngineResult, type PlainConfigError } from './common.js';
import { isNoise, noiseRulesOff, onRefKey, withoutCascades } from './filters.js';
import { redoclySetup, type RedoclySetup } from './redocly-config.js';
import { reason } from './project-config.js';
import { REDOCLY_RULE_IDS } from './rule-ids.js';
import { vendorEngines } from './vendor.js';
import { closestName, ConfigError, timed } from '@design-check/core';

type Redocly = typeof RedoclyModule;

let loading: Promise<Redocly> | undefined;

/** Load `@redocly/openapi-core` once per process, on first use. */
export function loadRedocly(): Promise<Redocly> {
  const bundled = vendorEngines();
  return (loading ??= timed('engine', 'redocly (load)', () => (bundled ? Promise.resolve(bundled.redocly as Redocly) : import('@redocly/openapi-core'))));
}

/** Load Redocly where its lints run (the OpenAPI engine thread), ahead of the first lint: the runner calls it while the document is parsed. */
export function warmRedocly(): Promise<void> {
  return timed('engine', 'redocly (load)', () => warmEngine(import.meta.url, 'redoclyReady'));
}

/** Redocly loaded in the thread that runs this; nothing to hand back across threads. */
export async function redoclyReady(): Promise<void> {
  await loadRedocly();
}

// Noise rules that exist in Redocly 2.x (the post-filter catches the rest).
const REDOCLY_NOISE = new Set(['info-contact', 'info-license', 'info-license-strict', 'no-empty-servers', 'no-unused-components']);

const configs = new Map<string, Promise<RedoclyModule.Config>>();

function configFor(R: Redocly, setup: RedoclySetup): Promise<RedoclyModule.Config> {
  let c = configs.get(setup.key);
  if (!c) {
    const quiet = noiseRulesOff('redocly', setup.named, (code) => REDOCLY_NOISE.has(code));
    const rules = { ...setup.rules, rules: { ...quiet, ...setup.rules.rules } };
    c = R.createConfig({ extends: setup.extends, ...rules } as RedoclyModule.RawUniversalConfig);
    configs.set(setup.key, c);
    c.catch(() => configs.delete(setup.key));
  }
  return c;
}

/** A resolver that reads nothing: every external `$ref` (URL or file) fails to resolve. */
function refusingResolver(R: Redocly): RedoclyModule.BaseResolver {
  class Refusing extends R.BaseResolver {
    override async loadExternalRef(absoluteRef: string): Promise<RedoclyModule.Source> {
      throw new R.ResolveError(new Error(refusal(absoluteRef)));
    }
  }
  return new Refusing();
}

/** The key of a config problem's pointer: `#/rules/operation-summry` → `rules.operation-summry`. */
function keyOf(pointer: string | undefined): string {
  return parsePointer(pointer ?? '#/').map(String).join('.');
}

/**
 * Check each config file read with Redocly's own config validation: an unknown rule, a wrong
 * severity or an unknown key is a ConfigError naming the file, the key and Redocly's reason
 * (with the nearest rule name). Extends are resolved by design-check, never by Redocly.
 */
function validateConfig(R: Redocly, setup: RedoclySetup, config: RedoclyModule.Config): Promise<void> {
  let v = validated.get(setup.key);
  if (!v) {
    v = lintConfigFiles(R, setup, config);
    validated.set(setup.key, v);
  }
  return v;
}

const validated = new Map<string, Promise<void>>();

async function lintConfigFiles(R: Redocly, setup: RedoclySetup, config: RedoclyModule.Config): Promise<void> {
  for (const { path, text } of setup.read) {
    const document = R.makeDocumentFromString(text, path);
    const problems = await R.lintConfig({ config: Object.assign(Object.create(config), { document }), externalRefResolver: refusingResolver(R) });
    const found = problems.filter((p) => p.ruleId === 'configuration struct' && p.severity === 'error');
    if (found.length === 0) continue;
    const p = found[0];
    const key = keyOf(p.location[0]?.pointer);
    const name = key.split('.').pop() ?? '';
    const rule = /Rules$|^rules$/.test(key.split('.')[0]) && key.split('.').length === 2 && /is not expected here/.test(p.message);
    const hint = rule ? closestName(name, REDOCLY_RULE_IDS) : p.suggest?.[0];
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    throw new ConfigError(`${key}: ${tidy(p.message).replace(/\.$/, '')}${hint ? `; did you mean '${hint}'?` : ''}${more}`, path, key);
  }
}

/** What one Redocly lint gives back, as plain data. */
export type RedoclyRaw =
  | { configError: PlainConfigError }
  | { specError: string }
  | { problems: Array<{ ruleId: string; message: string; severity: string; pointer?: string; absoluteRef?: string }> };

/**
 * Redocly's part of a run, on plain data: build and validate the
 * project's config, check the `openapi` version, lint `text` (when given).
 */
export async function redoclyLint(input: { setup: RedoclySetup; description: unknown; text?: string }): Promise<RedoclyRaw> {
  try {
    const R = await loadRedocly();
    let config: RedoclyModule.Config;
    try {
      config = await configFor(R, input.setup);
    } catch (e) {
      throw new ConfigError(`invalid config: ${reason(e)}`, input.setup.read[0]?.path ?? input.setup.file);
    }
    await validateConfig(R, input.setup, config);
    try {
      R.detectSpec(input.description as Record<string, unknown>);
    } catch (e) {
      return { specError: tidy((e as Error).message) };
    }
    if (input.text === undefined) return { problems: [] };
    const document = R.makeDocumentFromString(input.text, VIRTUAL_FILE);
    const problems = await R.lintDocument({ document, config, externalRefResolver: refusingResolver(R) });
    return { problems: problems.map((p) => ({ ruleId: p.ruleId, message: p.message, severity: p.severity, pointer: p.location[0]?.pointer, absoluteRef: p.location[0]?.source.absoluteRef })) };
  } catch (e) {
    if (e instanceof ConfigError) return { configError: toPlainConfigError(e) };
    throw e;
  }
}

/**
 * The description's top-level values that are not maps or lists (`openapi`, `swagger`): all that
 * Redocly's version check reads. The whole description would be copied to the engine thread, and
 * a description nested thousands of levels deep (which the engines never get) cannot be copied.
 */
function topLevel(description: unknown): Record<string, unknown> {
  if (!description || typeof description !== 'object') return {};
  return Object.fromEntries(Object.entries(description).filter(([, v]) => v === null || typeof v !== 'object'));
}

async function run(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const setup = await redoclySetup(opts.projectRoot, opts.settings);
  noteConsulted(opts, setup.consulted);
  const issues = [...setup.issues];
  const input = engineInput(model);
  const lint = { setup, description: topLevel(model.merged.description), ...(input.tooDeep ? {} : { text: input.text }) };
  const raw = await timed('engine', 'redocly (lint)', () => runEngine<RedoclyRaw>(import.meta.url, 'redoclyLint', lint, model.limits.timeoutMs, opts.signal));
  if (raw === 'timeout') return { findings: [], issues, timedOut: true };
  if ('configError' in raw) throw fromPlainConfigError(raw.configError);
  if ('specError' in raw) {
    // An `openapi` version Redocly cannot lint is a finding about the document, not a crash.
    const f: EngineFinding = { source: 'redocly:spec-version', code: 'spec-version', message: raw.specError, severity: 'error', path: ['openapi'] };
    return { findings: [f], issues };
  }
  if (input.tooDeep) return { findings: [], issues, tooDeep: true };
  const findings: EngineFinding[] = [];
  for (const p of raw.problems) {
    if (p.absoluteRef !== VIRTUAL_FILE) continue;
    const f: EngineFinding = {
      source: `redocly:${p.ruleId}`,
      code: p.ruleId,
      message: tidy(p.message),
      severity: p.severity === 'error' ? 'error' : 'warning',
      path: parsePointer(p.pointer ?? '#/'),
    };
    const judged = placeInFile(input, f, model.merged.description);
    if (!inCut(input, f.path) && !isNoise(f, judged, setup.named)) findings.push(f.file ? f : onRefKey(f, judged));
  }
  return { findings: withoutCascades(findings), issues, named: setup.named };
}

/** Lint the merged description with Redocly (once per document; rules share the result). */
export function redoclyResult(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const cache = model as OpenApiModel & { _redocly?: Promise<EngineResult> };
  cache._redocly ??= run(model, opts);
  return cache._redocly;
}
