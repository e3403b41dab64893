import { describe, expect, it } from 'vitest';
import { defineModel, definePlugin, parseDesignDoc, testPlugin, type Rule } from '../src/index.js';
import { relatedRule, statusRule } from './fixtures.js';

describe('defineModel', () => {
  it('builds once per document and argument key, and keeps each definition apart', () => {
    let builds = 0;
    const titles = defineModel('test/titles', (doc) => {
      builds++;
      return doc.sections.map((s) => s.title);
    });
    const same = defineModel('test/titles', () => ['another model with the same name']);
    const a = parseDesignDoc('# A\n\n## B\n');
    const b = parseDesignDoc('# C\n');
    expect(titles(a)).toEqual(['A', 'B']);
    expect(titles(a)).toBe(titles(a));
    expect(titles(b)).toEqual(['C']);
    expect(builds).toBe(2);
    expect(same(a)).toEqual(['another model with the same name']);
    expect(titles.modelName).toBe('test/titles');
  });

  it('keys by argument, and does not build again after a throw', () => {
    let builds = 0;
    const limited = defineModel('test/limited', (doc, max: number) => {
      builds++;
      if (max < 0) throw new Error('bad limit');
      return doc.lines.slice(0, max);
    }, (max) => String(max));
    const doc = parseDesignDoc('a\nb\nc\n');
    expect(limited(doc, 1)).toEqual(['a']);
    expect(limited(doc, 2)).toEqual(['a', 'b']);
    expect(() => limited(doc, -1)).toThrow('bad limit');
    expect(() => limited(doc, -1)).toThrow('bad limit');
    expect(builds).toBe(3);
  });
});

describe('definePlugin', () => {
  it('splits reasoned configs into levels and reasons', () => {
    const p = definePlugin({
      name: 'demo',
      rules: [statusRule, relatedRule],
      recommended: {
        'demo/status': { level: 'error', why: 'An unknown status misleads.' },
        'demo/related': { level: 'warn', why: 'Shows a second place.' },
        'engine:some-rule': { level: 'off', why: 'Noise in designs.' },
      },
      strict: { 'demo/related': { level: 'error', why: 'Strict wants every place.' } },
    });
    expect(p.configs).toEqual({ recommended: { 'demo/status': 'error', 'demo/related': 'warn', 'engine:some-rule': 'off' }, strict: { 'demo/related': 'error' } });
    expect(p.reasons?.recommended['demo/status']).toBe('An unknown status misleads.');
    expect(p.reasons?.strict['demo/related']).toBe('Strict wants every place.');
  });

  it('refuses a rule without a recommended setting, a setting for no rule, and a rule listed twice', () => {
    const why = 'x';
    expect(() => definePlugin({ name: 'demo', rules: [statusRule], recommended: {} })).toThrow('rule "demo/status" has no recommended setting');
    expect(() => definePlugin({ name: 'demo', rules: [statusRule], recommended: { 'demo/status': { level: 'error', why }, 'demo/statu': { level: 'error', why } } })).toThrow('"demo/statu" in its configs is not one of its rules');
    expect(() => definePlugin({ name: 'demo', rules: [statusRule, statusRule], recommended: { 'demo/status': { level: 'error', why } } })).toThrow('listed twice');
  });
});

// A conforming plugin passes testPlugin's checks (without docs pages).
const conforming: Rule = {
  name: 'demo-rule',
  meta: { description: 'Require a demo.', messages: { missing: 'Missing demo, expected one' }, schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {} },
  check() {},
};
testPlugin(definePlugin({ name: 'demo', rules: [conforming], recommended: { 'demo/demo-rule': { level: 'error', why: 'A demo is needed.' } } }));

describe('testPlugin', () => {
  it('fails a rule whose description, messages or options break the house style', async () => {
    const g = globalThis as unknown as { describe: unknown; it: unknown };
    const saved = { describe: g.describe, it: g.it };
    const calls: Array<[string, () => unknown]> = [];
    g.describe = (_n: string, fn: () => void) => fn();
    g.it = (n: string, fn: () => unknown) => calls.push([n, fn]);
    const sloppy: Rule = {
      name: 'sloppy',
      meta: { description: 'Checks things', messages: { bad: 'Something is wrong.' }, schema: { type: 'object', properties: { x: { type: 'string' } } } },
      check() {},
    };
    try {
      testPlugin({ name: 'demo', rules: [sloppy], configs: { recommended: { 'demo/sloppy': 'error' }, strict: {} } });
    } finally {
      g.describe = saved.describe;
      g.it = saved.it;
    }
    const run = async (name: string) => {
      try {
        await calls.find(([n]) => n.includes(name))![1]();
        return 'passed';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(await run('house style')).toMatch(/description starts with one of Require/);
    expect(await run('with a reason')).toMatch(/without a reason/);
  });
});
