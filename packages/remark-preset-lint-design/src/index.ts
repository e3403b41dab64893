import { RUNNER_RULES, type Plugin } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import remarkLint from 'remark-lint';
import type { PresetOptions } from './engine.js';
import { createPreset as createPresetFor, createRules, type DesignPreset, type DesignRules } from './preset.js';
import type { DesignPlugin } from './rule.js';

export type { PresetOptions, RemarkSetting } from './engine.js';
export type { DesignPreset, DesignRules } from './preset.js';
export type { DesignPlugin } from './rule.js';
export { createRules } from './preset.js';

export { defaultPlugins };

const made = createRules(defaultPlugins);

/**
 * The lint rules of the default preset by design-check rule id, to configure one the remark
 * way in `.remarkrc.mjs` or code: `[rules['structure/empty-sections'], ['error']]`.
 */
export const rules: Record<string, DesignPlugin> = made.rules;

function rule(id: string): DesignPlugin {
  const found = rules[id];
  if (!found) throw new Error(`remark-preset-lint-design: the design-check plugins have no rule "${id}"`);
  return found;
}

/**
 * A preset with other plugins or explicit options (a config path or object, a project root):
 * `createPreset({ config: './design-check.config.json' })`.
 */
export function createPreset(options: PresetOptions & { plugins?: Plugin[] } = {}): DesignPreset & DesignRules {
  return createPresetFor({ ...options, plugins: options.plugins ?? defaultPlugins });
}

/**
 * Why each rule is in the preset, by rule id: the reason its plugin gives for its recommended
 * severity, and for the runner's findings what they mean.
 */
export const reasons: Record<string, string> = {
  ...Object.fromEntries(defaultPlugins.flatMap((p) => Object.entries(p.reasons?.recommended ?? {}).filter(([id]) => id in rules))),
  ...RUNNER_RULES,
};

/**
 * remark-preset-lint-design: every design-check rule as a remark-lint rule, reporting what
 * `design-check` reports. Severities come from the design-check config found upward from each
 * file (or `settings.designCheck.config`); `reasons` says why each rule is here.
 */
const preset: DesignPreset = {
  plugins: [
    // The base of every lint preset: `<!-- lint disable -->` comments for other remark-lint rules.
    remarkLint,
    // Runs design-check once per file (one parse, each engine once); the rules below share it.
    made.runner,
    // Every rule of every default plugin, in run order, then the runner's own findings.
    ...Object.keys(rules).map(rule),
  ],
};

export default preset;
