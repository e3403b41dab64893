import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Plugin, Rule, RuleEntry, RulesConfig, Severity } from '../types.js';
import type { LoadedConfig, UserConfig } from './load.js';
import { ConfigError, validateAgainst } from './validate.js';
import { ruleId } from '../ids.js';
import { describeUnknown, unknownId } from './known-ids.js';

/** A rule's severity and options after extends, rules and overrides. */
export interface RuleSetting {
  severity: Severity | 'off';
  options: unknown;
  /** True when the user's config named this id (not only a preset). */
  explicit: boolean;
}

/** What the runner needs: a setting per rule id or engine source id. */
export interface ResolvedConfig {
  rules: Map<string, RuleSetting>;
  settings: Record<string, unknown>;
}

/** Turn a configured severity into a report severity or `off`. */
export function toSeverity(value: unknown): Severity | 'off' {
  switch (value) {
    case 'off':
    case 0:
      return 'off';
    case 'info':
      return 'info';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    case 'error':
    case 2:
      return 'error';
    default:
      throw new ConfigError(`unknown severity ${JSON.stringify(value)}: use "off", "info", "warn" or "error"`);
  }
}

function entryParts(entry: RuleEntry): { severity: Severity | 'off'; options?: unknown; hasOptions: boolean } {
  if (Array.isArray(entry)) return { severity: toSeverity(entry[0]), options: entry[1], hasOptions: entry.length > 1 };
  return { severity: toSeverity(entry), hasOptions: false };
}

/** Every rule of the plugins, by full id. */
export function ruleIndex(plugins: Plugin[]): Map<string, Rule> {
  const out = new Map<string, Rule>();
  for (const p of plugins) for (const r of p.rules) out.set(ruleId(p.name, r.name), r);
  return out;
}

function mergeOptions(defaults: unknown, given: unknown): unknown {
  if (given === undefined) return defaults;
  if (defaults && typeof defaults === 'object' && !Array.isArray(defaults) && given && typeof given === 'object' && !Array.isArray(given)) {
    return { ...(defaults as object), ...(given as object) };
  }
  return given;
}

function applyRules(out: Map<string, RuleSetting>, rules: RulesConfig | undefined, plugins: Plugin[], file: string | undefined, explicit: boolean, where: string): void {
  if (!rules) return;
  const index = ruleIndex(plugins);
  for (const [id, entry] of Object.entries(rules)) {
    const { severity, options, hasOptions } = entryParts(entry);
    const rule = index.get(id);
    const unknown = rule ? undefined : unknownId(plugins, id);
    if (unknown) throw new ConfigError(describeUnknown(unknown), file, `${where}.${id}`);
    const prev = out.get(id);
    const base = rule?.meta.defaultOptions;
    const opts = hasOptions ? mergeOptions(base, options) : (prev?.options ?? base);
    if (rule?.meta.schema && hasOptions) validateAgainst(rule.meta.schema, opts, file, `${where}.${id}[1]`);
    out.set(id, { severity, options: opts, explicit: explicit || (prev?.explicit ?? false) });
  }
}

function presetRules(plugins: Plugin[], name: string, file: string | undefined): RulesConfig {
  const key = name.replace(/^design-check:/, '').replace(/^plugin:/, '');
  if (key !== 'recommended' && key !== 'strict') {
    throw new ConfigError(`unknown preset "${name}" in extends: use "recommended" or "strict"`, file, 'extends');
  }
  const merged: RulesConfig = {};
  for (const p of plugins) Object.assign(merged, p.configs.recommended, key === 'strict' ? p.configs.strict : {});
  return merged;
}

/** True when `filePath` matches one of `globs`, read relative to `dir`. */
export function matchesGlobs(globs: string | string[], filePath: string, dir: string): boolean {
  const rel = relative(dir, filePath).split(sep).join('/');
  return picomatch(globs, { dot: true, matchBase: !String(globs).includes('/') })(rel);
}

/**
 * Resolve the severity and options of every rule for one file: the presets named in
 * `extends` (recommended when none), then `rules`, then each matching override.
 */
export function resolveConfig(plugins: Plugin[], loaded?: LoadedConfig, filePath?: string, cli?: RulesConfig): ResolvedConfig {
  const config: UserConfig = loaded?.config ?? {};
  const file = loaded?.filepath;
  const out = new Map<string, RuleSetting>();
  const ext = config.extends === undefined ? ['recommended'] : ([] as string[]).concat(config.extends);
  for (const e of ext) applyRules(out, presetRules(plugins, e, file), plugins, file, false, 'extends');
  applyRules(out, config.rules, plugins, file, true, 'rules');
  const settings = { ...(config.settings ?? {}) };
  if (filePath && loaded) {
    (config.overrides ?? []).forEach((o, i) => {
      if (!matchesGlobs(o.files, filePath, loaded.dir)) return;
      applyRules(out, o.rules, plugins, file, true, `overrides[${i}].rules`);
      Object.assign(settings, o.settings ?? {});
    });
  }
  applyRules(out, cli, plugins, undefined, true, '--rule');
  const index = ruleIndex(plugins);
  for (const [id, rule] of index) {
    if (!out.has(id)) out.set(id, { severity: 'off', options: rule.meta.defaultOptions, explicit: false });
  }
  return { rules: out, settings };
}

/** True when the config's `ignores` exclude `filePath`. */
export function isIgnored(loaded: LoadedConfig | undefined, filePath: string): boolean {
  const globs = loaded?.config.ignores;
  return !!globs?.length && matchesGlobs(globs, filePath, loaded!.dir);
}
