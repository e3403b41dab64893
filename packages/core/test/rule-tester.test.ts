import { describe, expect, it } from 'vitest';
import { RuleTester, lintWithRule } from '../src/index.js';
import { META, statusRule } from './fixtures.js';

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
    const found = await lintWithRule(statusRule, 'demo', META);
    expect(found.map((d) => [d.ruleId, d.line, d.column])).toEqual([['demo/status', 7, 16]]);
  });
});
