import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixDocument, type Diagnostic, type Plugin, type Rule } from '../src/index.js';

const at = (start: number, end: number, text: string): Diagnostic => ({ ruleId: 'x/y', severity: 'error', message: 'm', line: 1, column: 1, fix: { range: [start, end], text } });

describe('applyFixes', () => {
  it('applies fixes in document order; one that starts at or before the end of an applied one waits', () => {
    expect(applyFixes('abcdef', [at(4, 5, 'E'), at(0, 2, 'AB'), at(1, 3, 'x'), at(2, 2, '+')])).toMatchObject({ text: 'ABcdEf' });
    expect(applyFixes('abcdef', [at(0, 2, 'AB'), at(2, 3, 'C')]).text).toBe('ABcdef');
    expect(applyFixes('abc', [at(1, 1, 'x'), at(1, 1, 'y')]).text).toBe('axbc');
  });

  it('skips fixes outside the text, that cut a line ending or a character in two, or that change nothing', () => {
    expect(applyFixes('a\r\nb', [at(2, 3, 'X')]).applied).toEqual([]);
    expect(applyFixes('😀!', [at(1, 2, 'X')]).applied).toEqual([]);
    expect(applyFixes('abc', [at(2, 9, 'X'), at(-1, 0, 'X'), at(2, 1, 'X'), at(0, 1, 'a')]).applied).toEqual([]);
  });

  it('writes line breaks of a fix as the document does', () => {
    expect(applyFixes('a\r\nb\r\n', [at(1, 1, '\nc')]).text).toBe('a\r\nc\r\nb\r\n');
    expect(applyFixes('a\nb\n', [at(1, 1, '\r\nc')]).text).toBe('a\nc\nb\n');
  });

  it('never changes the text outside the ranges it applied (random texts and fixes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.tuple(fc.nat(45), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 8 }), (text, raw) => {
        const fixes = raw.map(([s, n, t]) => at(s, s + n, t));
        const { text: out, applied } = applyFixes(text, fixes);
        let rest = out;
        let last = 0;
        for (const d of applied) {
          const before = text.slice(last, d.fix!.range[0]);
          expect(rest.startsWith(before + d.fix!.text)).toBe(true);
          rest = rest.slice(before.length + d.fix!.text.length);
          last = d.fix!.range[1];
        }
        expect(rest).toBe(text.slice(last));
      }),
    );
  });
});

/** Writes `colour` as `color`, and `grey` as `gray colour`: the second fix makes work for the first. */
const colour: Rule = {
  name: 'colour',
  meta: { description: 'Enforce US spelling.', messages: { us: 'Unexpected colour, expected color' }, fixable: true },
  check(ctx) {
    for (const m of ctx.doc.text.matchAll(/colour/g)) ctx.report({ messageId: 'us', at: ctx.doc.spanAt(m.index!, m.index! + 6), fix: { range: [m.index!, m.index! + 6], text: 'color' } });
    for (const m of ctx.doc.text.matchAll(/grey/g)) ctx.report({ messageId: 'us', at: ctx.doc.spanAt(m.index!, m.index! + 4), fix: { range: [m.index!, m.index! + 4], text: 'gray colour' } });
  },
};
const plugin: Plugin = { name: 'x', rules: [colour], configs: { recommended: { 'x/colour': 'error' }, strict: {} } };

describe('fixDocument', () => {
  it('applies in later passes the fixes that earlier ones made necessary, keeps the BOM and line endings', async () => {
    const r = await fixDocument('\uFEFFgrey colour\r\n', { plugins: [plugin] });
    expect(r.output).toBe('\uFEFFgray color color\r\n');
    expect(r.passes).toBe(2);
    expect(r.result.diagnostics).toEqual([]);
    expect((await fixDocument(r.output, { plugins: [plugin] })).fixed).toBe(0);
  });
});
