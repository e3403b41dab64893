import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Plugin, Rule, RuleEntry, RulesConfig, Severity } from '../types.js';
import { configChain, type LoadedConfig } from './load.js';
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

/** What the runner needs: a setting per rule id or engine source id, and the plugins to run. */
export interface ResolvedConfig {
  rules: Map<string, RuleSetting>;
  settings: Record<string, unknown>;
  /** The plugins given to `resolveConfig`, then those the configs load with `plugins`. */
  plugins: Plugin[];
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

const PRESETS = ['recommended', 'strict'];

/**
 * The rules of a preset named in `extends`: `recommended` or `strict` (of the plugins given to
 * `resolveConfig`, design-check's own), or one plugin's, `plugin:adr/recommended` or
 * `adr/recommended` (a plugin a config loads is off until its preset or `rules` turn it on).
 */
function presetRules(own: Plugin[], all: Plugin[], name: string, file: string | undefined): RulesConfig {
  const bare = name.replace(/^design-check:/, '').replace(/^plugin:/, '');
  const slash = bare.lastIndexOf('/');
  const key = slash < 0 ? bare : bare.slice(slash + 1);
  const pluginName = slash < 0 ? undefined : bare.slice(0, slash);
  const loaded = all.map((p) => p.name);
  if (!PRESETS.includes(key)) {
    const example = pluginName ? `"plugin:${pluginName}/recommended"` : '"recommended", "strict" or "plugin:<plugin>/recommended"';
    throw new ConfigError(`unknown preset "${name}" in extends: use ${example}`, file, 'extends');
  }
  const chosen = pluginName === undefined ? own : all.filter((p) => p.name === pluginName);
  if (pluginName !== undefined && chosen.length === 0) {
    throw new ConfigError(`unknown plugin "${pluginName}" in extends "${name}": name its package in "plugins" (loaded: ${loaded.join(', ')})`, file, 'extends');
  }
  const merged: RulesConfig = {};
  for (const p of chosen) Object.assign(merged, p.configs.recommended, key === 'strict' ? p.configs.strict : {});
  return merged;
}

/** The plugins given, then those the configs load, each name once; two different plugins of one name are an error. */
function pluginsOf(own: Plugin[], chain: LoadedConfig[]): Plugin[] {
  const out = [...own];
  for (const c of chain) {
    for (const p of c.plugins ?? []) {
      const same = out.find((q) => q.name === p.name);
      if (same === p) continue;
      if (same) throw new ConfigError(`two plugins are named "${p.name}": rule ids would clash; load one of them`, c.filepath, 'plugins');
      out.push(p);
    }
  }
  return out;
}

/** True when `filePath` matches one of `globs`, read relative to `dir`. */
export function matchesGlobs(globs: string | string[], filePath: string, dir: string): boolean {
  const rel = relative(dir, filePath).split(sep).join('/');
  return picomatch(globs, { dot: true, matchBase: !String(globs).includes('/') })(rel);
}

/**
 * Resolve the severity and options of every rule for one file. The configs that apply cascade
 * from the root one (`root: true`, or the highest found) down to the nearest: first the presets
 * they name in `extends` (`recommended` when none names any), then each config's `rules` and
 * matching `overrides`, from the root down, so that nearer settings win; `cli` (`--rule`) last.
 */
export function resolveConfig(plugins: Plugin[], loaded?: LoadedConfig, filePath?: string, cli?: RulesConfig): ResolvedConfig {
  const chain = configChain(loaded);
  const all = pluginsOf(plugins, chain);
  const out = new Map<string, RuleSetting>();
  if (!chain.some((c) => c.config.extends !== undefined)) applyRules(out, presetRules(plugins, all, 'recommended', undefined), all, undefined, false, 'extends');
  for (const c of chain) {
    for (const e of ([] as string[]).concat(c.config.extends ?? [])) applyRules(out, presetRules(plugins, all, e, c.filepath), all, c.filepath, false, 'extends');
  }
  const settings: Record<string, unknown> = {};
  for (const c of chain) {
    applyRules(out, c.config.rules, all, c.filepath, true, 'rules');
    Object.assign(settings, c.config.settings ?? {});
    if (!filePath) continue;
    (c.config.overrides ?? []).forEach((o, i) => {
      if (!matchesGlobs(o.files, filePath, c.dir)) return;
      applyRules(out, o.rules, all, c.filepath, true, `overrides[${i}].rules`);
      Object.assign(settings, o.settings ?? {});
    });
  }
  applyRules(out, cli, all, undefined, true, '--rule');
  for (const [id, rule] of ruleIndex(all)) {
    if (!out.has(id)) out.set(id, { severity: 'off', options: rule.meta.defaultOptions, explicit: false });
  }
  return { rules: out, settings, plugins: all };
}

/** True when the `ignores` of a config that applies (each read from its own folder) exclude `filePath`. */
export function isIgnored(loaded: LoadedConfig | undefined, filePath: string): boolean {
  return configChain(loaded).some((c) => !!c.config.ignores?.length && matchesGlobs(c.config.ignores, filePath, c.dir));
}
