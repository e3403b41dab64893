import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE, RUNNER_RULES, check, type Plugin } from '@design-check/core';
import { defaultPlugins } from '../src/plugins.js';
import { REPO } from './helpers.js';

const DOCS = join(REPO, 'docs/rules');

/** The body of the first ```markdown (or longer) fence after the `## <heading>` line. */
export function exampleUnder(page: string, heading: string): string | undefined {
  const at = page.search(new RegExp(`^## ${heading}\\b`, 'm'));
  if (at < 0) return undefined;
  const rest = page.slice(at);
  const m = /^(`{3,}|~{3,})(?:markdown|md)\s*\n([\s\S]*?)^\1\s*$/m.exec(rest);
  const next = rest.slice(3).search(/^## /m);
  if (!m || (next >= 0 && m.index > next + 3)) return undefined;
  return m[2];
}

async function findings(plugin: Plugin, ruleName: string, code: string) {
  const id = `${plugin.name}/${ruleName}`;
  const rules = Object.fromEntries(plugin.rules.map((r) => [`${plugin.name}/${r.name}`, r.name === ruleName ? 'error' : 'off'])) as Record<string, 'error' | 'off'>;
  const r = await check(code, { path: join(DOCS, plugin.name, 'example.md'), plugins: [plugin], config: { config: { extends: [], rules: { ...rules, 'core/unused-disable': 'off' } }, dir: REPO }, projectRoot: REPO });
  return r.diagnostics.filter((d) => d.ruleId === id || d.ruleId.startsWith('internal/'));
}

describe('rule docs', () => {
  for (const plugin of defaultPlugins) {
    for (const rule of plugin.rules) {
      const id = `${plugin.name}/${rule.name}`;
      const file = join(DOCS, plugin.name, `${rule.name}.md`);
      it(`${id}: has a page whose incorrect example reports and correct example does not`, async () => {
        expect(existsSync(file), `${file} is missing`).toBe(true);
        const page = readFileSync(file, 'utf8');
        expect(page).toMatch(new RegExp(`^# ${id}$`, 'm'));
        expect(page).toMatch(/^## Options$/m);
        const bad = exampleUnder(page, 'Incorrect');
        const good = exampleUnder(page, 'Correct');
        expect(bad, 'an Incorrect example in a ```markdown fence').toBeDefined();
        expect(good, 'a Correct example in a ```markdown fence').toBeDefined();
        const onBad = await findings(plugin, rule.name, bad!);
        expect(onBad.length, `the incorrect example of ${id} reports nothing`).toBeGreaterThan(0);
        expect(onBad.every((d) => d.ruleId === id)).toBe(true);
        expect(onBad[0].url).toBe(`${DOCS_BASE}/${plugin.name}/${rule.name}.md`);
        expect(await findings(plugin, rule.name, good!)).toEqual([]);
      });
    }
  }

  it('every page belongs to a rule', () => {
    const known = new Set([...defaultPlugins.flatMap((p) => p.rules.map((r) => `${p.name}/${r.name}`)), ...Object.keys(RUNNER_RULES)]);
    const pages = readdirSync(DOCS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(DOCS, d.name)).filter((f) => f.endsWith('.md')).map((f) => `${d.name}/${f.slice(0, -3)}`));
    expect(pages.filter((p) => !known.has(p))).toEqual([]);
    expect([...known].filter((k) => !pages.includes(k))).toEqual([]);
  });

  it('the rule index links every rule', () => {
    const index = readFileSync(join(DOCS, 'README.md'), 'utf8');
    for (const p of defaultPlugins) for (const r of p.rules) expect(index).toContain(`(${p.name}/${r.name}.md)`);
  });
});
