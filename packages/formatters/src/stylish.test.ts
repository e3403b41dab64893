import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '@design-check/core';
import { expandLine, stylish, visible } from './stylish.js';
import { context, results } from './__fixtures__/results.js';

const ANSI = /\u001b\[\d+m/;

function one(diagnostic: Partial<Diagnostic>, source?: string): FileResult[] {
  const d: Diagnostic = { ruleId: 'x/y', severity: 'error', message: 'm', line: 1, column: 1, ...diagnostic };
  return [{ path: '/repo/a.md', source, errorCount: 1, warningCount: 0, infoCount: 0, diagnostics: [d] }];
}

describe('stylish', () => {
  it('prints findings grouped by file, positions aligned, messages not padded, engine findings under their own id', () => {
    const message = "Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document";
    const heading = 'Heading "Risks & <Mitigations>": 100% duplicated, see line 3';
    expect(stylish(results, context)).toBe(
      [
        'docs/api/refunds.md',
        `  12:5  error    ${message}  spectral:oas3-schema`,
        "    |     $ref: '#/components/schemas/Refund'",
        '    |     ^',
        `  20:1  warning  ${heading}  structure/duplicate-heading`,
        '    | ## Risks & <Mitigations>',
        '    | ^',
        '    ↳ 3:1 first defined here',
        '',
        'README.md',
        '  1:1  info  No error budget, add one  slo/missing-budget',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 problem fixable with --fix (--fix-dry-run shows the diff)',
      ].join('\n'),
    );
  });

  it('fits a 120-column terminal when the messages do: no line is longer than its own message needs', () => {
    const short = one({ message: 'Unexpected status "finished-ish", expected draft' }, '| **Status** | finished-ish |');
    short[0].diagnostics.push({ ruleId: 'x/z', severity: 'warning', message: `A long message ${'word '.repeat(40)}`, line: 1, column: 3 });
    const lines = stylish(short, context).split('\n');
    expect(lines[1]).toBe('  1:1  error    Unexpected status "finished-ish", expected draft  x/y');
    const long = 'x'.repeat(400);
    expect(Math.max(...stylish(one({ column: 200 }, long), context).split('\n').map((l) => l.length))).toBeLessThanOrEqual(120);
  });

  it('aligns line numbers on the colon', () => {
    const input = one({}, undefined);
    input[0].diagnostics.push({ ruleId: 'x/z', severity: 'warning', message: 'longer', line: 100, column: 12 });
    expect(stylish(input, context).split('\n').slice(1, 3)).toEqual([
      '    1:1   error    m  x/y',
      '  100:12  warning  longer  x/z',
    ]);
  });

  it('uses ANSI colours only when asked', () => {
    const coloured = stylish(results, { ...context, color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[4mdocs/api/refunds.md\u001b[24m');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(results, context));
    expect(stylish(results, { ...context, color: false })).not.toMatch(ANSI);
  });

  it('prints nothing when there are no diagnostics', () => {
    expect(stylish([], context)).toBe('');
    expect(stylish([results[2]], context)).toBe('');
  });

  it('ends with one summary line, and a hint only when findings are fixable', () => {
    const fixable = one({ fix: { range: [0, 1], text: 'x' } });
    fixable[0].diagnostics.push({ ruleId: 'x/z', severity: 'warning', message: 'w', line: 1, column: 1, fix: { range: [2, 3], text: 'y' } });
    expect(stylish(fixable, context).split('\n').slice(-2)).toEqual(['✖ 2 problems (1 error, 1 warning, 0 infos)', '  2 problems fixable with --fix (--fix-dry-run shows the diff)']);
    expect(stylish(one({}), context).split('\n').filter((l) => l.startsWith('✖'))).toEqual(['✖ 1 problem (1 error, 0 warnings, 0 infos)']);
  });

  it('sums the summary over files and pluralises', () => {
    const out = stylish([...one({}), ...one({ severity: 'info' })], context);
    expect(out.split('\n').at(-1)).toBe('✖ 2 problems (1 error, 0 warnings, 1 info)');
  });

  it('expands tabs and reads CRLF sources', () => {
    const out = stylish(one({ line: 2, column: 3 }, 'first\r\n\ta\tb\r\nthird'), context);
    expect(out.split('\n').slice(2, 4)).toEqual(['    |     a   b', '    |      ^']);
  });

  it('clamps the caret to the line and skips a line that does not exist', () => {
    expect(stylish(one({ column: 40 }, 'short'), context).split('\n').slice(2, 4)).toEqual([
      '    | short',
      '    |      ^',
    ]);
    expect(stylish(one({ line: 9 }, 'short'), context).split('\n')).toHaveLength(4);
  });

  it('escapes control characters from the document', () => {
    const out = stylish(one({ message: 'bad \u001b[2J here' }, 'x\u001b[31my'), context);
    expect(out).not.toMatch(/\u001b/);
    expect(out).toContain('bad \\u001b[2J here');
    expect(out).toContain('    | x\\u001b[31my');
  });

  it('shows a window of a very long line around the caret', () => {
    const line = 'a'.repeat(300) + 'X' + 'b'.repeat(300);
    const [, , text, caret] = stylish(one({ column: 301 }, line), context).split('\n');
    expect(text).toBe(`    | …${'a'.repeat(50)}X${'b'.repeat(49)}…`);
    expect(caret).toBe(`    | ${' '.repeat(51)}^`);
  });
});

describe('expandLine', () => {
  it('expands tabs to stops of four and places the caret after them', () => {
    expect(expandLine('\tab\tc', 4)).toEqual({ text: '    ab  c', caret: 6 });
    expect(expandLine('ab', 0)).toEqual({ text: 'ab', caret: 0 });
  });

  it('counts an escaped character at its printed width', () => {
    expect(expandLine('\u0007x', 2)).toEqual({ text: '\\u0007x', caret: 6 });
    expect(visible('a\u202eb')).toBe('a\\u202eb');
  });
});
