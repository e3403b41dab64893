import { describe, expect, it } from 'vitest';
import { check, type Plugin, type Rule } from '../src/index.js';
import { META } from './fixtures.js';

/** An engine wrapper whose project config sets `operation-tags` (as a redocly.yaml would). */
const engine: Rule<unknown, 'engine'> = {
  name: 'engine',
  meta: { description: 'wraps an engine', messages: { engine: '{{message}}' } },
  check(ctx) {
    ctx.report({ messageId: 'engine', data: { message: 'Operation must have tags.' }, at: { line: 3, column: 1 }, source: 'x:operation-tags', severity: 'error', engineConfigured: true });
    ctx.report({ messageId: 'engine', data: { message: 'Operation should have a summary.' }, at: { line: 4, column: 1 }, source: 'x:operation-summary', severity: 'error' });
  },
};

const plugin: Plugin = {
  name: 'p',
  rules: [engine],
  configs: { recommended: { 'p/engine': 'error', 'x:operation-tags': 'warn', 'x:operation-summary': 'warn' }, strict: {} },
};

const severities = async (rules?: Record<string, 'warn' | 'info' | 'error'>) =>
  (await check(META, { plugins: [plugin], ...(rules ? { rules } : {}) })).diagnostics.map((d) => `${d.source} ${d.severity}`);

describe('the severity of an engine finding', () => {
  it("takes the preset's setting of its engine id, unless the project's engine config sets that rule", async () => {
    expect(await severities()).toEqual(['x:operation-tags error', 'x:operation-summary warning']);
  });

  it("takes the user's setting of the engine id over both, and the user's setting of the rule over the preset", async () => {
    expect(await severities({ 'x:operation-tags': 'info' })).toEqual(['x:operation-tags info', 'x:operation-summary warning']);
    expect(await severities({ 'p/engine': 'info' })).toEqual(['x:operation-tags info', 'x:operation-summary info']);
  });
});
