import assert from 'node:assert/strict';
import type { Diagnostic, Plugin, RelatedLocation, Rule } from './types.js';
import { check, type CheckOptions } from './runner.js';
import { fixDocument } from './fix.js';
import { resolveConfig } from './config/resolve.js';
import { ruleId } from './ids.js';

/** Where a case runs: the plugin name that prefixes rule ids, paths and settings. */
export interface LintEnv {
  /** The plugin name that prefixes the rule id (default `test`). */
  plugin?: string;
  /** Path of the document (default `design.md`, under the project root). */
  path?: string;
  /** Folder that file references may not leave (default: the current folder). */
  projectRoot?: string;
  /** Config `settings` (engine settings shared by plugins). */
  settings?: Record<string, unknown>;
}

/** A document on which the rule must report nothing. */
export interface ValidCase extends Omit<LintEnv, 'plugin'> {
  name?: string;
  code: string;
  /** The rule's options, validated against its schema and merged with its defaults as a config would. */
  options?: unknown;
}

/** An expected second location: its position and its message (or message id). */
export interface ExpectedRelated {
  line: number;
  column: number;
  message?: string;
  messageId?: string;
  data?: Record<string, unknown>;
}

/** An expected finding: message id, data and exact position. */
export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  data?: Record<string, unknown>;
  message?: string;
  endLine?: number;
  endColumn?: number;
  source?: string;
  /** The finding's related locations, all of them, in order. */
  related?: ExpectedRelated[];
}

/** A document on which the rule must report exactly `errors`, in order. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /**
   * The document after `design-check --fix` with this rule alone (every pass); for a fixable
   * rule whose findings here offer no fix, the code itself.
   */
  output?: string;
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => Promise<void>) => void;

/** Options of a {@link RuleTester}. */
export interface RuleTesterOptions {
  /** The plugin name that prefixes rule ids. */
  plugin: string;
  /** Folder that file references may not leave (default: the current folder). */
  projectRoot?: string;
}

/**
 * Run one rule over markdown and return its findings (the rule alone, at `error`). Options go
 * through the same path as a config: validated against the rule's schema, merged with its
 * defaults; a wrong option throws the config error a user would see.
 */
export async function lintWithRule(rule: Rule, code: string, options?: unknown, env: LintEnv = {}): Promise<Diagnostic[]> {
  return (await check(code, ruleAlone(rule, options, env))).diagnostics;
}

/** Run `design-check --fix` with one rule alone (every pass) and return the fixed text. */
export async function fixWithRule(rule: Rule, code: string, options?: unknown, env: LintEnv = {}): Promise<string> {
  return (await fixDocument(code, ruleAlone(rule, options, env))).output;
}

function ruleAlone(rule: Rule, options: unknown, env: LintEnv): CheckOptions {
  const pluginName = env.plugin ?? 'test';
  const id = ruleId(pluginName, rule.name);
  const plugin: Plugin = { name: pluginName, rules: [rule], configs: { recommended: {}, strict: {} } };
  const entry = options === undefined ? 'error' : (['error', options] as ['error', unknown]);
  const config = resolveConfig([plugin], { config: { extends: [], rules: { [id]: entry, 'core/unused-disable': 'off' }, settings: env.settings ?? {} }, dir: env.projectRoot ?? process.cwd() });
  return { path: env.path ?? 'design.md', plugins: [plugin], config, projectRoot: env.projectRoot };
}

/**
 * The ways a finding's fix breaks the contract: offered by a rule that is not `meta.fixable`, or
 * replacing another range than the one reported (an editor could not offer it as a quick fix).
 */
export function fixProblems(rule: Rule, code: string, found: readonly Diagnostic[]): string[] {
  const text = code.charCodeAt(0) === 0xfeff ? code.slice(1) : code;
  const at = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return `${before.length}:${before[before.length - 1].length + 1}`;
  };
  const out: string[] = [];
  for (const d of found) {
    if (!d.fix) continue;
    if (!rule.meta.fixable) out.push(`${d.line}:${d.column} offers a fix, but meta.fixable is not true`);
    const fixed = `${at(d.fix.range[0])}-${at(d.fix.range[1])}`;
    const reported = `${d.line}:${d.column}-${d.endLine ?? d.line}:${d.endColumn ?? d.column}`;
    if (fixed !== reported) out.push(`the fix of ${d.line}:${d.column} replaces ${fixed}, not the reported range ${reported}: report at ctx.doc.spanAt(start, end)`);
  }
  return out;
}

function pickRelated(r: RelatedLocation, e: ExpectedRelated | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { line: r.line, column: r.column };
  if (e?.message !== undefined) out.message = r.message;
  if (e?.messageId !== undefined) out.messageId = r.messageId;
  if (e?.data !== undefined) out.data = r.data;
  return out;
}

function pick(d: Diagnostic, e: ExpectedError | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: d.ruleId, messageId: d.messageId, line: d.line, column: d.column };
  if (e?.data !== undefined) out.data = d.data;
  if (e?.message !== undefined) out.message = d.message;
  if (e?.endLine !== undefined) out.endLine = d.endLine;
  if (e?.endColumn !== undefined) out.endColumn = d.endColumn;
  if (e?.source !== undefined) out.source = d.source;
  if (e?.related !== undefined) out.related = (d.related ?? []).map((r, i) => pickRelated(r, e.related![i]));
  return out;
}

function expectedOf(id: string, e: ExpectedError): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: id, messageId: e.messageId, line: e.line, column: e.column };
  for (const k of ['data', 'message', 'endLine', 'endColumn', 'source'] as const) if (e[k] !== undefined) out[k] = e[k];
  if (e.related !== undefined) {
    out.related = e.related.map((r) => {
      const o: Record<string, unknown> = { line: r.line, column: r.column };
      for (const k of ['message', 'messageId', 'data'] as const) if (r[k] !== undefined) o[k] = r[k];
      return o;
    });
  }
  return out;
}

/**
 * ESLint-style tester: `new RuleTester({ plugin: 'structure' }).run(rule, { valid, invalid })`
 * declares one test per case with the test framework's global `describe`/`it` (vitest globals).
 * An invalid case must list every finding, in order, with its message id and exact position;
 * related locations are compared when the case lists them.
 */
export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  constructor(private readonly options: RuleTesterOptions) {}

  run(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
    const g = globalThis as unknown as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    if (!describe || !it) throw new Error('RuleTester needs a global describe/it (enable vitest globals) or RuleTester.describe/it');
    const id = ruleId(this.options.plugin, rule.name);
    const env = (c: ValidCase): LintEnv => ({ plugin: this.options.plugin, projectRoot: this.options.projectRoot, path: c.path, settings: c.settings });
    describe(id, () => {
      describe('valid', () => {
        cases.valid.forEach((v, i) => {
          const c = typeof v === 'string' ? { code: v } : v;
          it(c.name ?? `valid #${i + 1}`, async () => {
            const found = await lintWithRule(rule, c.code, c.options, env(c));
            assert.deepEqual(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`), [], `${id} should report nothing`);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(c.name ?? `invalid #${i + 1}`, async () => {
            assert.ok(c.errors.length > 0, 'an invalid case needs at least one expected error');
            for (const e of c.errors) assert.ok(e.messageId in rule.meta.messages, `${id} has no message "${e.messageId}"`);
            const found = await lintWithRule(rule, c.code, c.options, env(c));
            assert.deepEqual(
              found.map((d, j) => pick(d, c.errors[j])),
              c.errors.map((e) => expectedOf(id, e)),
            );
            assert.deepEqual(fixProblems(rule, c.code, found), [], `${id}: fixes`);
            if (c.output !== undefined) {
              const output = await fixWithRule(rule, c.code, c.options, env(c));
              assert.equal(output, c.output, `${id}: the output of --fix`);
              assert.equal(await fixWithRule(rule, output, c.options, env(c)), output, `${id}: a second --fix changes nothing`);
            } else if (found.some((d) => d.fix)) {
              assert.fail(`${id} offers a fix here: give the case its \`output\` (the document after --fix)`);
            }
          });
        });
      });
    });
  }
}
