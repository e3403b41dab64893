import { type OpenApiModel, parsePointer } from '@design-check/openapi-model';
import type * as RedoclyModule from '@redocly/openapi-core';
import { refusal, tidy, VIRTUAL_FILE, withTimeout, type EngineFinding, type EngineOptions, type EngineResult } from './common.js';
import { isNoise, noiseRulesOff, withoutCascades } from './filters.js';
import { redoclySetup, type RedoclySetup } from './redocly-config.js';

type Redocly = typeof RedoclyModule;

let loading: Promise<Redocly> | undefined;

/** Load `@redocly/openapi-core` once per process, on first use. */
export function loadRedocly(): Promise<Redocly> {
  loading ??= import('@redocly/openapi-core');
  return loading;
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

async function run(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const setup = await redoclySetup(opts.projectRoot, opts.settings);
  const issues = [...setup.issues];
  const R = await loadRedocly();
  let config: RedoclyModule.Config;
  try {
    config = await configFor(R, setup);
  } catch (e) {
    issues.push({ file: setup.file ?? 'redocly.yaml', message: `invalid config, using the recommended rules: ${(e as Error).message.split('\n')[0]}` });
    config = await configFor(R, { ...setup, extends: ['recommended'], rules: {}, key: 'default' });
  }
  try {
    R.detectSpec(model.merged.description);
  } catch (e) {
    // An `openapi` version Redocly cannot lint is a finding about the document, not a crash.
    const f: EngineFinding = { source: 'redocly:spec-version', code: 'spec-version', message: tidy((e as Error).message), severity: 'error', path: ['openapi'] };
    return { findings: [f], issues };
  }
  const document = R.makeDocumentFromString(JSON.stringify(model.merged.description), VIRTUAL_FILE);
  const problems = await withTimeout(R.lintDocument({ document, config, externalRefResolver: refusingResolver(R) }), model.limits.timeoutMs, opts.signal);
  if (problems === 'timeout') return { findings: [], issues, timedOut: true };
  const findings: EngineFinding[] = [];
  for (const p of problems) {
    const loc = p.location[0];
    if (!loc || loc.source.absoluteRef !== VIRTUAL_FILE) continue;
    const f: EngineFinding = {
      source: `redocly:${p.ruleId}`,
      code: p.ruleId,
      message: tidy(p.message),
      severity: p.severity === 'error' ? 'error' : 'warning',
      path: parsePointer(loc.pointer ?? '#/'),
    };
    if (!isNoise(f, model.merged.description, setup.named)) findings.push(f);
  }
  return { findings: withoutCascades(findings), issues };
}

/** Lint the merged description with Redocly (once per document; rules share the result). */
export function redoclyResult(model: OpenApiModel, opts: EngineOptions): Promise<EngineResult> {
  const cache = model as OpenApiModel & { _redocly?: Promise<EngineResult> };
  cache._redocly ??= run(model, opts);
  return cache._redocly;
}
