import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '@design-check/core';
import { escapeMarkdown, markdown, MARKDOWN_BUDGET } from './markdown.js';
import { context, results } from './__fixtures__/results.js';

describe('markdown', () => {
  it('prints a headline, a table of the documents and their findings for a pull request', () => {
    expect(markdown(results, context)).toBe(
      [
        '### ❌ design-check: 3 problems (1 error, 1 warning, 1 info) in 2 of 3 design documents · 1 fixable with `design-check --fix`',
        '',
        '| document | errors | warnings | infos |',
        '|---|---:|---:|---:|',
        '| `docs/api/refunds.md` | 1 | 1 | 0 |',
        '| `README.md` | 0 | 0 | 1 |',
        '',
        '<details><summary>docs/api/refunds.md: 2 problems</summary>',
        '',
        '| line | severity | message | rule |',
        '|---|---|---|---|',
        "| 12:5 | ❌ error | Unexpected $ref '\\#/components/schemas/Refund', expected a schema defined in this document | [spectral:oas3-schema](https://example.com/rules/openapi/unresolved-ref) |",
        '| 20:1 | ⚠️ warning | Heading "Risks & \\<Mitigations\\>": 100% duplicated, see line 3 | structure/duplicate-heading |',
        '',
        '</details>',
        '',
        '<details><summary>README.md: 1 problem</summary>',
        '',
        '| line | severity | message | rule |',
        '|---|---|---|---|',
        '| 1:1 | ℹ️ info | No error budget, add one | slo/missing-budget |',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to fix', () => {
    expect(markdown([results[2]], context)).toBe('### ✅ design-check: no problems in 1 design document');
  });

  it('makes document text inert: no table breaks, HTML, links, emphasis or mentions', () => {
    expect(escapeMarkdown('a | b <img src=x> [x](javascript:y) *em* @alice\nnext')).toBe('a \\| b \\<img src=x\\> \\[x\\](javascript:y) \\*em\\* &#64;alice next');
  });

  it('stays short enough for a pull request comment, saying how many findings it left out', () => {
    const many: Diagnostic[] = Array.from({ length: 2000 }, (_, i) => ({ ruleId: 'structure/x', severity: 'error', message: `Unexpected value number ${i} ${'word '.repeat(20)}`, line: i + 1, column: 1 }));
    const big: FileResult[] = [{ path: '/repo/big.md', errorCount: 2000, warningCount: 0, infoCount: 0, diagnostics: many }];
    const out = markdown(big, context);
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_BUDGET);
    const listed = out.split('\n').filter((l) => /^\| \d+:1 \|/.test(l)).length;
    expect(listed).toBeGreaterThan(100);
    expect(out.split('\n').at(-1)).toBe(`… and ${2000 - listed} more problems, left out to fit a comment: run \`design-check\` for the full report.`);
  });
});
