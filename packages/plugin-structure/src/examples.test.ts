import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, parseDesignDoc, type RulesConfig } from '@design-check/core';
import structure, { rules } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const examples = join(repo, 'examples');

/** Every rule at error, with a fixed "today" for overdue questions, and one after every date of the examples for the others. */
const allOn = (today: string): RulesConfig => ({
  ...Object.fromEntries(rules.map((r) => [`structure/${r.name}`, 'error'])),
  'structure/open-question-overdue': ['error', { today }],
  'structure/metadata-future-dates': ['error', { today: '2026-11-25' }],
  'structure/approved-complete': ['error', { today: '2026-11-25' }],
});

async function lint(file: string, today: string, projectRoot = repo) {
  const result = await check(readFileSync(file, 'utf8'), { path: file, plugins: [structure], rules: allOn(today), projectRoot });
  return result.diagnostics;
}

const show = (ds: Array<{ line: number; column: number; ruleId: string; message: string }>) => ds.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('clean examples: every rule, even strict ones, reports nothing', () => {
  for (const name of ['refund-service', 'search-indexing']) {
    const file = join(examples, name, 'TECHNICAL-DESIGN.md');
    it.skipIf(!existsSync(file))(`examples/${name}/TECHNICAL-DESIGN.md`, async () => {
      expect(show(await lint(file, '2026-11-25'))).toEqual([]);
    });
  }
});

/** The structure defects planted in examples/defects, as listed in examples/README.md. */
const PLANTED: Record<string, Array<[number, string]>> = {
  'metadata-and-lifecycle.md': [
    [11, 'metadata-status'],
    [14, 'metadata-dates'],
    [15, 'no-placeholders'],
    [235, 'table-cell-count'],
    [254, 'no-placeholders'],
    [311, 'no-placeholders'],
    [368, 'open-questions'],
  ],
  'approved-but-incomplete.md': [
    [250, 'approved-complete'],
    [363, 'local-links'],
    [364, 'local-links'],
    [371, 'approved-complete'],
    [382, 'approved-complete'],
    [389, 'approved-complete'],
    [397, 'revision-history'],
  ],
  'missing-sections.md': [
    [163, 'empty-sections'],
    [210, 'required-sections'],
    [225, 'required-sections'],
  ],
  'openapi-defects.md': [],
  'superseded-without-successor.md': [[11, 'superseded-successor']],
};

/** The lines examples/README.md lists as defects of one file. */
function readmeLines(file: string): number[] {
  const readme = parseDesignDoc(readFileSync(join(examples, 'README.md'), 'utf8'));
  const section = readme.findSection(`defects/${file}`);
  const table = section && readme.tablesIn(section).find((t) => t.columnIndex('Line') >= 0);
  return table ? table.rows.map((r) => Number(r.get('Line')?.text)) : [];
}

describe('defect examples: exactly the planted structure defects', () => {
  for (const [file, planted] of Object.entries(PLANTED)) {
    const path = join(examples, 'defects', file);
    it.skipIf(!existsSync(path))(`examples/defects/${file}`, async () => {
      // Before any question's target date, so overdue questions are not part of the count.
      const found = await lint(path, '2026-01-01');
      expect(found.map((d) => [d.line, d.ruleId.replace('structure/', '')])).toEqual(planted);
      const listed = readmeLines(file);
      for (const [line] of planted) expect(listed).toContain(line);
    });
  }

  it.skipIf(!existsSync(join(examples, 'README.md')))('the README lists no other structure defect', () => {
    for (const file of Object.keys(PLANTED).filter((f) => f !== 'openapi-defects.md')) {
      expect(readmeLines(file).sort((a, b) => a - b)).toEqual(PLANTED[file].map(([l]) => l));
    }
  });
});

describe('the template itself', () => {
  const template = join(here, '__fixtures__/technical-design-template.md');

  it('reports its placeholders, and nothing about its structure', async () => {
    const found = await lint(template, '2026-01-01', join(here, '__fixtures__'));
    const byRule = new Map<string, number>();
    for (const d of found) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    expect(byRule.get('structure/no-placeholders')).toBeGreaterThan(100);
    for (const quiet of ['required-sections', 'section-order', 'metadata', 'empty-sections', 'approved-complete']) {
      expect(byRule.has(`structure/${quiet}`)).toBe(false);
    }
    const at = (line: number, column: number) => found.find((d) => d.line === line && d.column === column)?.message;
    expect(at(1, 21)).toBe('Unexpected template placeholder "[Mission Name]", expected real content');
    expect(at(15, 20)).toBe('Unexpected template placeholder "_(e.g., MISSION-2026-042)_", expected real content');
    expect(at(19, 16)).toMatch(/^Unexpected several statuses "draft \| in-review \| approved \| superseded"/);
    expect(found.filter((d) => d.line === 138).map((d) => d.message)).toEqual(['Unexpected template placeholder "[precondition]", expected real content']);
  });
});
