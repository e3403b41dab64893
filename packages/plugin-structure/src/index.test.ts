import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docsUrl, lintWithRule, resolveConfig } from '@design-check/core';
import structure, { recommended, rules, strict, structure as named } from './index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const docsDir = join(repo, 'docs/rules/structure');

describe('the structure plugin', () => {
  it('is the default and the named export', () => {
    expect(named).toBe(structure);
    expect(structure.name).toBe('structure');
    expect(structure.rules).toBe(rules);
  });

  it('has unique kebab-case rule names with a description and messages', () => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rules) {
      expect(r.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.meta.description).toMatch(/\.$/);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('configures every rule in both presets', () => {
    const ids = rules.map((r) => `structure/${r.name}`).sort();
    expect(Object.keys(recommended).sort()).toEqual(ids);
    expect(Object.keys(strict).sort()).toEqual(ids);
  });

  it('recommends errors, except warnings for overdue questions and empty sections, and no order', () => {
    const off = Object.entries(recommended).filter(([, s]) => s !== 'error');
    expect(Object.fromEntries(off)).toEqual({
      'structure/section-order': 'off',
      'structure/open-question-overdue': 'warn',
      'structure/empty-sections': 'warn',
    });
    expect(strict['structure/section-order']).toBe('error');
    expect(strict['structure/empty-sections']).toBe('error');
  });

  it('resolves with core\'s config, so presets and option schemas are valid', () => {
    const resolved = resolveConfig([structure], { config: { extends: ['strict'] }, dir: repo });
    expect(resolved.rules.get('structure/section-order')?.severity).toBe('error');
    const withOptions = {
      config: {
        rules: {
          'structure/required-sections': ['error', { sections: ['Metadata', ['Context & Goals', 'Background']] }],
          'structure/no-placeholders': ['error', { patterns: ['\\?{3}'], ignore: [] }],
          'structure/open-question-overdue': ['warn', { today: '2026-03-09' }],
          'structure/revision-history': ['error', { order: 'newest-first' }],
        },
      },
      dir: repo,
    } as Parameters<typeof resolveConfig>[1];
    expect(() => resolveConfig([structure], withOptions)).not.toThrow();
    const bad = { config: { rules: { 'structure/revision-history': ['error', { order: 'sideways' }] } }, dir: repo } as Parameters<typeof resolveConfig>[1];
    expect(() => resolveConfig([structure], bad)).toThrow(/order/);
  });
});

describe('docs/rules/structure', () => {
  const fence = (page: string, heading: string) => new RegExp(`## ${heading}\\s*\\n+\`\`\`markdown\\n([\\s\\S]*?)\\n\`\`\``).exec(page)?.[1];

  for (const rule of rules) {
    const id = `structure/${rule.name}`;
    const file = join(docsDir, `${rule.name}.md`);

    it(`${id} has a page at its docs URL`, () => {
      expect(docsUrl(id)).toMatch(new RegExp(`/docs/rules/structure/${rule.name}\\.md$`));
      expect(existsSync(file)).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      for (const h of ['## Why', '## Incorrect', '## Correct', '## Options']) expect(page).toContain(h);
    });

    it(`${id}: the incorrect example reports its message, the correct one nothing`, async () => {
      const page = readFileSync(file, 'utf8');
      const incorrect = fence(page, 'Incorrect');
      const correct = fence(page, 'Correct');
      expect(incorrect && correct).toBeTruthy();
      const opts = { code: '', plugin: 'structure', path: file, projectRoot: repo };
      const bad = await lintWithRule(rule, 'structure', incorrect!, opts);
      expect(bad.length).toBeGreaterThan(0);
      // The first message quoted after the incorrect example is one the rule really reports.
      const after = page.slice(page.indexOf(incorrect!) + incorrect!.length, page.indexOf('## Correct'));
      const quoted = /`([^`\n]+)`/.exec(after)?.[1] ?? '';
      const pattern = new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*')}$`);
      expect(bad.map((d) => d.message).some((m) => pattern.test(m))).toBe(true);
      const good = await lintWithRule(rule, 'structure', correct!, opts);
      expect(good.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });
  }
});
