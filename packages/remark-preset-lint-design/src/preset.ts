import { RUNNER_RULES, docsUrl, ruleId, type Plugin } from '@design-check/core';
import remarkLint from 'remark-lint';
import { Engine, type PresetOptions } from './engine.js';
import { designRule, runnerPlugin, type DesignPlugin } from './rule.js';

/** A unified preset as `remark().use()` and `.remarkrc` accept it. */
export interface DesignPreset {
  plugins: Array<DesignPlugin | typeof remarkLint>;
  settings?: Record<string, unknown>;
}

/** The lint rules of one preset, by design-check rule id, plus the step that runs the engine. */
export interface DesignRules {
  /** Runs design-check once per file; put it before the rules (they then emit synchronously). */
  runner: DesignPlugin;
  /** One remark-lint rule per design-check rule id (plugin rules and runner findings). */
  rules: Record<string, DesignPlugin>;
}

/** Build one lint rule per rule of `plugins` and per runner finding, sharing one engine. */
export function createRules(plugins: Plugin[], options: PresetOptions = {}): DesignRules {
  const engine = new Engine(plugins, options);
  const rules: Record<string, DesignPlugin> = {};
  for (const p of plugins) {
    for (const r of p.rules) {
      const id = ruleId(p.name, r.name);
      rules[id] = designRule(engine, id, docsUrl(id, p.docsBase));
    }
  }
  for (const id of Object.keys(RUNNER_RULES)) rules[id] = designRule(engine, id, docsUrl(id));
  return { runner: runnerPlugin(engine), rules };
}

/**
 * A preset for other plugins or options: remark-lint, the engine step, then every rule in
 * plugin order. `createPreset({ config: './design-check.config.json' })`.
 */
export function createPreset(options: PresetOptions & { plugins: Plugin[] }): DesignPreset & DesignRules {
  const { plugins, ...rest } = options;
  const made = createRules(plugins, rest);
  return { ...made, plugins: [remarkLint, made.runner, ...Object.values(made.rules)] };
}
