import { describe, expect, it } from 'vitest';
import { RuleTester, lintWithRule } from '../src/index.js';
import { META, relatedRule, statusRule } from './fixtures.js';

new RuleTester({ plugin: 'demo' }).run(statusRule, {
  valid: [META.replace('finished-ish', 'draft'), { code: META, options: { allowed: ['finished-ish'] } }],
  invalid: [
    {
      code: META,
      errors: [{ messageId: 'bad', data: { value: 'finished-ish', allowed: 'draft, approved' }, line: 7, column: 16 }],
    },
  ],
});

describe('RuleTester', () => {
  it('fails a case whose position is wrong', async () => {
    const calls: Array<() => Promise<void>> = [];
    RuleTester.describe = (_n, fn) => fn();
    RuleTester.it = (_n, fn) => calls.push(fn);
    try {
      new RuleTester({ plugin: 'demo' }).run(statusRule, { valid: [META], invalid: [{ code: META, errors: [{ messageId: 'bad', line: 7, column: 15 }] }] });
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    await expect(calls[0]()).rejects.toThrow('demo/status should report nothing');
    await expect(calls[1]()).rejects.toThrow(/Expected values to be strictly deep-equal/);
  });

  it('lintWithRule returns the findings of one rule', async () => {
    const found = await lintWithRule(statusRule, META, undefined, { plugin: 'demo' });
    expect(found.map((d) => [d.ruleId, d.line, d.column])).toEqual([['demo/status', 7, 16]]);
    expect((await lintWithRule(statusRule, META)).map((d) => d.ruleId)).toEqual(['test/status']);
  });

  it('lintWithRule validates options against the schema as a config would, and merges defaults', async () => {
    await expect(lintWithRule(statusRule, META, { allowed: 'draft' })).rejects.toThrow(/"rules\.test\/status\[1\]\.allowed" must be array/);
    await expect(lintWithRule(statusRule, META, { alowed: [] })).rejects.toThrow(/unknown key "rules\.test\/status\[1\]\.alowed"/);
    expect(await lintWithRule(statusRule, META, { allowed: ['finished-ish'] })).toEqual([]);
  });

  it('compares related locations when a case lists them', async () => {
    const calls: Array<() => Promise<void>> = [];
    RuleTester.describe = (_n, fn) => fn();
    RuleTester.it = (_n, fn) => calls.push(fn);
    const error = { messageId: 'dup', line: 7, column: 16 };
    try {
      const tester = new RuleTester({ plugin: 'demo' });
      tester.run(relatedRule, { valid: [], invalid: [{ code: META, errors: [{ ...error, related: [{ messageId: 'first', data: { value: 'finished-ish' }, line: 3, column: 1 }] }] }] });
      tester.run(relatedRule, { valid: [], invalid: [{ code: META, errors: [{ ...error, related: [{ message: 'First "finished-ish" here', line: 4, column: 1 }] }] }] });
      tester.run(relatedRule, { valid: [], invalid: [{ code: META, errors: [{ ...error, related: [] }] }] });
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    await expect(calls[0]()).resolves.toBeUndefined();
    await expect(calls[1]()).rejects.toThrow(/Expected values to be strictly deep-equal/);
    await expect(calls[2]()).rejects.toThrow(/Expected values to be strictly deep-equal/);
  });
});
