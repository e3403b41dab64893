import assert from 'node:assert/strict';
import type { Diagnostic, Plugin, Rule } from './types.js';
import { check } from './runner.js';
import type { ResolvedConfig } from './config/resolve.js';

/** A document on which the rule must report nothing. */
export interface ValidCase {
  name?: string;
  code: string;
  options?: unknown;
  /** Path of the document (default `design.md` under the project root). */
  path?: string;
  settings?: Record<string, unknown>;
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
}

/** A document on which the rule must report exactly `errors`, in order. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
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

/** Run one rule over markdown and return its findings (the rule alone, at `error`). */
export async function lintWithRule(rule: Rule, pluginName: string, code: string, c: ValidCase & RuleTesterOptions = { code, plugin: pluginName }): Promise<Diagnostic[]> {
  const id = `${pluginName}/${rule.name}`;
  const plugin: Plugin = { name: pluginName, rules: [rule], configs: { recommended: {}, strict: {} } };
  const options = c.options === undefined ? rule.meta.defaultOptions : mergeOptions(rule.meta.defaultOptions, c.options);
  const config: ResolvedConfig = {
    rules: new Map([
      [id, { severity: 'error', options, explicit: true }],
      ['core/unused-disable', { severity: 'off', options: undefined, explicit: true }],
    ]),
    settings: c.settings ?? {},
  };
  const result = await check(code, { path: c.path ?? 'design.md', plugins: [plugin], config, projectRoot: c.projectRoot });
  return result.diagnostics;
}

function mergeOptions(defaults: unknown, given: unknown): unknown {
  if (defaults && typeof defaults === 'object' && given && typeof given === 'object' && !Array.isArray(given)) return { ...(defaults as object), ...(given as object) };
  return given;
}

function pick(d: Diagnostic, e: ExpectedError): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: d.ruleId, messageId: d.messageId, line: d.line, column: d.column };
  if (e.data !== undefined) out.data = d.data;
  if (e.message !== undefined) out.message = d.message;
  if (e.endLine !== undefined) out.endLine = d.endLine;
  if (e.endColumn !== undefined) out.endColumn = d.endColumn;
  if (e.source !== undefined) out.source = d.source;
  return out;
}

/**
 * ESLint-style tester: `new RuleTester({ plugin: 'structure' }).run(rule, { valid, invalid })`
 * declares one test per case with the test framework's global `describe`/`it` (vitest globals).
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
    const id = `${this.options.plugin}/${rule.name}`;
    describe(id, () => {
      describe('valid', () => {
        cases.valid.forEach((v, i) => {
          const c = typeof v === 'string' ? { code: v } : v;
          it(c.name ?? `valid #${i + 1}`, async () => {
            const found = await lintWithRule(rule, this.options.plugin, c.code, { ...c, ...this.options });
            assert.deepEqual(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`), [], `${id} should report nothing`);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(c.name ?? `invalid #${i + 1}`, async () => {
            assert.ok(c.errors.length > 0, 'an invalid case needs at least one expected error');
            const found = await lintWithRule(rule, this.options.plugin, c.code, { ...c, ...this.options });
            const actual = found.map((d, j) => pick(d, c.errors[j] ?? c.errors[0]));
            const expected = c.errors.map((e) => ({ ruleId: id, ...e }));
            assert.deepEqual(actual, expected.map((e, j) => pick({ ...(e as unknown as Diagnostic), ruleId: id }, c.errors[j])));
          });
        });
      });
    });
  }
}
