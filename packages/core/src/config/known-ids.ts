import type { Plugin, SourceIds } from '../types.js';
import { closestName } from '../model/text.js';
import { ruleId } from '../ids.js';
import { RUNNER_RULES } from '../runner-rules.js';

/** Why an id names nothing the plugins report, and the nearest id that exists. */
export interface UnknownId {
  id: string;
  /** What kind of id it was read as: `rule`, `Spectral rule`, `engine`, `plugin or rule`. */
  what: string;
  hint?: string;
  /** A further sentence part, e.g. which plugins are loaded. */
  detail?: string;
}

const lists = new WeakMap<SourceIds, Set<string>>();

function idsOf(s: SourceIds): Set<string> {
  let set = lists.get(s);
  if (!set) lists.set(s, (set = new Set(typeof s.ids === 'function' ? s.ids() : s.ids)));
  return set;
}

/** The part of an engine source id before its colon (`spectral` of `spectral:operation-tags`), if it is one. */
export function sourcePrefix(id: string): string | undefined {
  return /^([a-z][\w.-]*):./i.exec(id)?.[1];
}

function unknownSource(plugins: Plugin[], id: string, prefix: string): UnknownId | undefined {
  const all = plugins.flatMap((p) => p.sources ?? []);
  const code = id.slice(prefix.length + 1);
  const mine = all.filter((s) => s.prefix === prefix);
  if (mine.length === 0) {
    // An engine that no plugin declares is taken as it is, unless it is a typo of one that is.
    const near = closestName(prefix, all.map((s) => s.prefix), 2);
    return near ? { id, what: 'engine', hint: `${near}:${code}`, detail: `no plugin reports "${prefix}:" ids` } : undefined;
  }
  if (mine.some((s) => idsOf(s).has(code) || s.pattern?.test(code))) return undefined;
  const hint = closestName(code, mine.flatMap((s) => [...idsOf(s)]));
  const detail = mine.find((s) => s.hint)?.hint;
  return { id, what: `${mine[0].engine} rule`, ...(hint ? { hint: `${prefix}:${hint}` } : {}), ...(detail ? { detail } : {}) };
}

/**
 * Check that `id` names a rule of the plugins, a runner finding (`core/unused-disable`) or an
 * engine id that a plugin declares in `sources`; directives may also name a plugin. Returns
 * what is wrong, or undefined when the id is known.
 */
export function unknownId(plugins: Plugin[], id: string, allowPlugins = false): UnknownId | undefined {
  const prefix = sourcePrefix(id);
  if (prefix && !id.slice(0, id.indexOf(':')).includes('/')) return unknownSource(plugins, id, prefix);
  const rules = plugins.flatMap((p) => p.rules.map((r) => ruleId(p.name, r.name)));
  const names = plugins.map((p) => p.name);
  if (rules.includes(id) || Object.hasOwn(RUNNER_RULES, id) || (allowPlugins && names.includes(id))) return undefined;
  const runnerIds = Object.keys(RUNNER_RULES);
  if (!id.includes('/')) {
    const hint = closestName(id, allowPlugins ? [...names, ...rules] : rules);
    return { id, what: allowPlugins ? 'plugin or rule' : 'rule', ...(hint ? { hint } : {}) };
  }
  const head = id.split('/')[0];
  if (!names.includes(head) && !/^(?:core|input|internal)$/.test(head)) {
    const hint = closestName(id, [...rules, ...runnerIds]);
    if (hint) return { id, what: 'rule', hint };
    return { id, what: 'rule', detail: `no plugin "${head}" is loaded (plugins: ${names.join(', ')})` };
  }
  const hint = closestName(id, [...rules, ...runnerIds]);
  return { id, what: 'rule', ...(hint ? { hint } : {}) };
}

/** `unknown rule "x"; did you mean "y"?`, as config errors word it. */
export function describeUnknown(u: UnknownId): string {
  const head = `unknown ${u.what} "${u.id}"`;
  if (u.hint) return `${head}; did you mean "${u.hint}"?${u.detail ? ` (${u.detail})` : ''}`;
  return u.detail ? `${head}: ${u.detail}` : head;
}
