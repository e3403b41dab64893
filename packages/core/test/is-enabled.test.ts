import { describe, expect, it } from 'vitest';
import { check, type Plugin, type Rule } from '../src/index.js';

describe('context.isEnabled', () => {
  it('tells whether another rule or an engine source id is on for this file', async () => {
    const seen: Record<string, boolean> = {};
    const probe: Rule = {
      name: 'probe',
      meta: { description: 'probe', messages: { x: 'x' } },
      check(ctx) {
        for (const id of ['p/probe', 'p/other', 'p/off', 'engine:a', 'engine:b']) seen[id] = ctx.isEnabled!(id);
      },
    };
    const rule = (name: string): Rule => ({ name, meta: { description: name, messages: { x: 'x' } }, check() {} });
    const plugin: Plugin = { name: 'p', rules: [probe, rule('other'), rule('off')], configs: { recommended: { 'p/probe': 'error', 'p/other': 'warn' }, strict: {} } };
    await check('# Doc\n', { plugins: [plugin], rules: { 'engine:b': 'off' } });
    expect(seen).toEqual({ 'p/probe': true, 'p/other': true, 'p/off': false, 'engine:a': true, 'engine:b': false });
  });
});
