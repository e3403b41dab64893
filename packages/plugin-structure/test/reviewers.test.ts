import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type RulesConfig } from '@design-check/core';
import structure from '../src/index.js';

/** The clean, approved refund-service example: each test edits it the way reviewers saw it written. */
const file = new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url);
const clean = readFileSync(file, 'utf8');
const today = '2026-03-20';
const pinned: RulesConfig = {
  'structure/metadata-future-dates': ['warn', { today }],
  'structure/approved-complete': ['error', { today }],
  'structure/open-question-overdue': ['warn', { today }],
};

async function lint(text: string, preset: 'recommended' | 'strict' = 'recommended', rules = pinned) {
  const { diagnostics } = await check(text, { path: file.pathname, plugins: [structure], config: { config: { extends: preset, rules }, dir: '.' }, projectRoot: new URL('../../../', import.meta.url).pathname });
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

describe('structure, as reviewers read it, on a real design', () => {
  it('the example is clean', async () => {
    expect(await lint(clean)).toEqual([]);
  });

  it('a Last Updated before Created is an error on its row; a date after today a warning; In Review a warning with a fix', async () => {
    const text = clean
      .replace('| **Status** | approved |', '| **Status** | In Review |')
      .replace('| **Approved** | 2026-03-16 |\n', '| **Last Updated** | 2026-02-26 |\n| **Reviewed** | 2026-03-24 |\n');
    expect(await lint(text)).toEqual([
      '11:16 warning structure/metadata-status-spelling Unexpected status spelling "In Review", expected "in-review" as the template writes it',
      '15:22 error structure/metadata-dates Unexpected Last Updated date 2026-02-26 before the Created date 2026-03-02; a design is updated after it is created',
      '16:18 warning structure/metadata-future-dates Unexpected Reviewed date 2026-03-24 after today (2026-03-20); write the day it happened',
    ]);
    const { diagnostics } = await check(text, { path: file.pathname, plugins: [structure], config: { config: { rules: pinned }, dir: '.' } });
    const fix = diagnostics.find((d) => d.ruleId === 'structure/metadata-status-spelling')!.fix!;
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe(text.replace('| **Status** | In Review |', '| **Status** | in-review |'));
  });

  it('an approved design whose open questions are unresolved but owned, with target dates ahead: nothing under recommended, errors under strict', async () => {
    const text = clean
      .replace('| 2026-03-10 | All three; Worldpay only through the batch report, polled every 30 min |', '| 2026-04-10 | |')
      .replace('| 2026-03-12 | Yes; merchant owners can grant the role |', '| 2026-03-27 | Open |');
    expect(await lint(text)).toEqual([]);
    // (a `today` given in the config replaces the preset's options: give strict's again)
    const strict = { ...pinned, 'structure/approved-complete': ['error', { today, openQuestions: 'resolved' }] } as RulesConfig;
    expect(await lint(text, 'strict', strict)).toEqual([
      '483:144 error structure/approved-complete Unexpected unresolved open question 2: Status is approved, expected a Resolution, or an owner and a target date not yet passed',
      '484:135 error structure/approved-complete Unexpected unresolved open question 3: Status is approved, expected a Resolution, or an owner and a target date not yet passed',
    ]);
  });

  it('missing sections are listed in template order, a shortened heading with "did you mean"', async () => {
    const text = clean
      .replace('## 9. Observability Design', '## 9. Observability')
      .replace(/## 4\. Data Model[\s\S]*?(?=## 5\. )/, '')
      .replace(/## 12\. Open Questions[\s\S]*$/, '');
    const found = await lint(text);
    expect(found.filter((d) => d.includes('required-sections'))).toEqual([
      '181:1 error structure/required-sections Missing required section "Data Model"; add it before "5. Interface Contracts Between Streams"',
      '331:1 error structure/required-sections Missing required section "Observability Design"; did you mean "9. Observability"? Rename it to "Observability Design"',
      '452:1 error structure/required-sections Missing required section "Open Questions"; add it at the end of the document',
      '452:1 error structure/required-sections Missing required section "Design Review Checklist"; add it at the end of the document',
    ]);
  });
});
