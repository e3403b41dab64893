import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNNER_RULES, renderRulesIndex, ruleId } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import { REPO } from './helpers.js';

const DOCS = join(REPO, 'docs/rules');

// Each plugin's own test runs `testPlugin`, which checks its pages and runs their examples.
describe('rule docs', () => {
  it('every page belongs to a rule, and every rule or runner finding has a page', () => {
    const known = new Set([...defaultPlugins.flatMap((p) => p.rules.map((r) => ruleId(p.name, r.name))), ...Object.keys(RUNNER_RULES)]);
    const pages = readdirSync(DOCS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(DOCS, d.name)).filter((f) => f.endsWith('.md')).map((f) => `${d.name}/${f.slice(0, -3)}`));
    expect(pages.filter((p) => !known.has(p))).toEqual([]);
    expect([...known].filter((k) => !pages.includes(k))).toEqual([]);
  });

  it('the rules index is up to date (regenerate it with `node scripts/rules-index.mjs`)', () => {
    expect(readFileSync(join(DOCS, 'README.md'), 'utf8')).toBe(renderRulesIndex(defaultPlugins));
  });
});
