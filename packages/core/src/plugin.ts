import type { EngineDeclaration, Plugin, Rule, RuleEntry, RulesConfig, SourceIds } from './types.js';
import { isSourceId, ruleId } from './ids.js';
import { describeUnknown, unknownId } from './config/known-ids.js';

/** A recommended setting with the one-line reason that configs, presets and docs show. */
export interface ReasonedEntry {
  level: RuleEntry;
  /** Why the rule has this severity in `recommended`, in one line. */
  why: string;
}

/** What {@link definePlugin} takes. */
export interface PluginDefinition {
  /** The rule-id prefix: `structure`, `openapi`, `gherkin`, … */
  name: string;
  /** Every rule, in the order they run and are documented. */
  rules: Rule[];
  /**
   * The recommended setting of every rule (by full id), each with its reason. Engine source
   * ids (`redocly:operation-summary`) may be set here too, with their own reason.
   */
  recommended: Record<string, ReasonedEntry>;
  /** What `strict` changes from `recommended`, each with its reason. */
  strict?: Record<string, ReasonedEntry>;
  /** Base URL of the rule pages, when they are not design-check's own. */
  docsBase?: string;
  /** The engine ids the rules report (`spectral:…`), so that configs naming them are checked. */
  sources?: SourceIds[];
  /** The engines the rules load on demand, so that loading starts while the document is parsed. */
  engines?: EngineDeclaration[];
}

/**
 * Build a plugin from its rules and reasoned configs, checking that every rule has a
 * recommended setting and every setting names a rule of the plugin (or an engine id).
 */
export function definePlugin(def: PluginDefinition): Plugin {
  const ids = new Set<string>();
  for (const rule of def.rules) {
    const id = ruleId(def.name, rule.name);
    if (ids.has(id)) throw new Error(`plugin "${def.name}": rule "${rule.name}" is listed twice`);
    ids.add(id);
    if (!def.recommended[id]) throw new Error(`plugin "${def.name}": rule "${id}" has no recommended setting`);
  }
  for (const key of [...Object.keys(def.recommended), ...Object.keys(def.strict ?? {})]) {
    if (!ids.has(key) && !isSourceId(key)) throw new Error(`plugin "${def.name}": "${key}" in its configs is not one of its rules`);
    const unknown = isSourceId(key) && def.sources ? unknownId([{ name: def.name, rules: [], configs: { recommended: {}, strict: {} }, sources: def.sources }], key) : undefined;
    if (unknown) throw new Error(`plugin "${def.name}": ${describeUnknown(unknown)} in its configs`);
  }
  for (const engine of def.engines ?? []) {
    const stray = engine.usedBy.find((id) => !ids.has(id));
    if (stray) throw new Error(`plugin "${def.name}": engine "${engine.name}" names "${stray}", which is not one of its rules`);
  }
  const levels = (entries: Record<string, ReasonedEntry>): RulesConfig => Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.level]));
  const reasons = (entries: Record<string, ReasonedEntry>): Record<string, string> => Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.why]));
  return {
    name: def.name,
    rules: def.rules,
    configs: { recommended: levels(def.recommended), strict: levels(def.strict ?? {}) },
    reasons: { recommended: reasons(def.recommended), strict: reasons(def.strict ?? {}) },
    ...(def.docsBase ? { docsBase: def.docsBase } : {}),
    ...(def.sources ? { sources: def.sources } : {}),
    ...(def.engines ? { engines: def.engines } : {}),
  };
}
