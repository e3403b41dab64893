import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { latin1Source } from '../../../scripts/latin1.mjs';

// The bundles' sources are rewritten so that V8 keeps them at one byte a character
// (scripts/latin1.mjs): each wide character escaped in the syntax of the place it stands in.
const WIDE = /[^\u0000-\u00ff]/;

/** What `source` (a CommonJS body) exports when run. */
function exportsOf(source: string): string {
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(source, { module, exports: module.exports });
  return JSON.stringify(module.exports);
}

describe('latin1Source', () => {
  const source = [
    "const dash = /^[\\s\\-–—]*$/u.test('– —') && /\\—x/.test('—x') && !/^\\—$/.test('-');",
    "const quote = /^[“”]+$/.test('“”') && /😀/u.test('a😀') && /^[😀]$/u.test('😀') && /^.{2}$/.test('😀');",
    "const text = '—' + \"\\—\" + `${1}—${2}` + `≤`;",
    '// a comment — kept as a comment: ≥',
    'const ǅx = 2; /* — */',
    "const line = 1;\u2028const other = 2;",
    'module.exports = { dash, quote, text, ǅx, line, other, named: { ǅx }, same: /é/.test("é") };',
  ].join('\n');

  it('escapes every character above U+00FF and the code does what it did', () => {
    const out = latin1Source(source, 'wide.cjs');
    expect(WIDE.test(out)).toBe(false);
    expect(exportsOf(out)).toBe(exportsOf(source));
    expect(JSON.parse(exportsOf(out))).toEqual({ dash: true, quote: true, text: '——1—2≤', ǅx: 2, line: 1, other: 2, named: { ǅx: 2 }, same: true });
  });

  it('escapes each character in the syntax of its place', () => {
    const out = latin1Source(source, 'wide.cjs');
    expect(out).toContain('/^[\\s\\-\\u2013\\u2014]*$/u');
    // An identity escape before the character goes with it.
    expect(out).toContain('/\\u2014x/');
    expect(out).toContain('/^[\\ud83d\\ude00]$/u');
    expect(out).toContain("'\\u2014' + \"\\u2014\"");
    expect(out).toContain('// a comment \\u2014 kept as a comment: \\u2265');
    expect(out).toContain('const \\u{1c5}x = 2;');
    expect(out).toContain('const line = 1;\nconst other = 2;');
    // Latin-1 stays as it is.
    expect(out).toContain('/é/');
  });

  it('leaves a source without wide characters alone', () => {
    const plain = "module.exports = /é|ü/.test('ü');";
    expect(latin1Source(plain, 'plain.cjs')).toBe(plain);
  });

  it('refuses a wide character in a tagged template, whose tag sees the raw text', () => {
    expect(() => latin1Source('const a = 1;\nconst re = String.raw`≤`;', 'tagged.cjs')).toThrow('tagged.cjs:2: "≤" in a tagged template: write it as an escape in the source');
    expect(() => latin1Source('tag`${a}—${b}`;', 'middle.cjs')).toThrow('middle.cjs:1: "—" in a tagged template');
  });

  it('built core\'s markdown bundle in Latin-1', () => {
    const bundle = readFileSync(new URL('../dist/vendor/markdown.cjs', import.meta.url), 'utf8');
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(WIDE.test(bundle)).toBe(false);
  });
});
