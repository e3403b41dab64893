import { describe, expect, it } from 'vitest';
import { check, firstInvalidUtf8, type Diagnostic, type Plugin, type Rule } from '../src/index.js';
import { META, demo } from './fixtures.js';

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const BAD_ENCODING = 'The file is not valid UTF-8: its invalid bytes, the first here, are read as U+FFFD (�) and the rest is checked; save the file as UTF-8.';

describe('the input of a check', () => {
  it('reads bytes that are not UTF-8 as U+FFFD, warns once at the first of them, and checks the rest', async () => {
    // Latin-1 "é" (0xE9) twice, on lines 3 and 7 of the Metadata example.
    const latin1 = bytes(META.split('\n').slice(0, 2).join('\n'), '\nCaf', [0xe9], '\n', META.split('\n').slice(2).join('\n'), 'na', [0xef, 0xbf], 've\n');
    const r = await check(latin1, { plugins: [demo], rules: { 'demo/engine': 'off' } });
    expect(brief(r.diagnostics)).toEqual([
      `3:4 warning input/bad-encoding ${BAD_ENCODING}`,
      '8:16 error demo/status Unexpected status "finished-ish", expected one of draft, approved',
    ]);
    expect(r.source?.split('\n').at(-2)).toBe('na\uFFFDve');
    expect(r.internalError).toBe(false);
  });

  it('places the warning after a BOM, CRLF and lone CR line ends, in UTF-16 columns', async () => {
    const r = await check(bytes([0xef, 0xbb, 0xbf], '# Design\r\n\r\nold\rmac \u{1F600} x', [0xc0, 0xaf], '\n'), { plugins: [demo], rules: { 'demo/status': 'off', 'demo/engine': 'off' } });
    expect(brief(r.diagnostics)).toEqual([`4:9 warning input/bad-encoding ${BAD_ENCODING}`]);
  });

  it('takes a string as already decoded: a real U+FFFD is no finding', async () => {
    const r = await check('# Design\n\nThe \uFFFD sign.\n', { plugins: [demo], rules: { 'demo/engine': 'off' } });
    expect(r.diagnostics).toEqual([]);
  });

  it('stops at a NUL byte or a file over the limit, with one finding', async () => {
    expect(brief((await check(bytes('# a\r\nb', [0], 'c'), { plugins: [demo] })).diagnostics)).toEqual([
      '2:2 error input/not-text The file contains a NUL byte; a design document must be UTF-8 text.',
    ]);
    const big = await check(Buffer.alloc(3 * 1024 * 1024, 'x'), { plugins: [demo], maxBytes: 2 * 1024 * 1024 });
    expect(brief(big.diagnostics)).toEqual([
      '1:1 error input/too-large The document is 3 MiB (3145728 bytes), over the limit of 2 MiB; split it into one design per mission, or raise the limit (--max-file-size).',
    ]);
  });

  it('finds the first byte that is not UTF-8: stray continuation, overlong, surrogate, past U+10FFFF, cut short', () => {
    expect(firstInvalidUtf8(bytes('ok é € 😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('a', [0xc1, 0xbf]))).toBe(1);
    expect(firstInvalidUtf8(bytes('a', [0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(bytes('a', [0xf4, 0x90, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
  });
});

describe('isolation of rules', () => {
  const boom = new Error('the shared model failed');
  const sharing = (name: string): Rule => ({ name, meta: { description: 'uses a shared model', messages: {} }, check: () => { throw boom; } });
  const outside: Rule<unknown, 'here'> = {
    name: 'outside',
    meta: { description: 'reports past the end', messages: { here: 'here' } },
    check(ctx) {
      ctx.report({ messageId: 'here', at: { line: 2, column: 1, endLine: 1, endColumn: 1 } });
      ctx.report({ messageId: 'here', at: { line: ctx.doc.lines.length + 1, column: 1 } });
      ctx.report({ messageId: 'here', at: { line: 3, column: 1 } });
    },
  };
  const plugin: Plugin = {
    name: 'iso',
    rules: [sharing('first'), sharing('second'), outside],
    configs: { recommended: { 'iso/first': 'error', 'iso/second': 'error', 'iso/outside': 'warn' }, strict: {} },
  };

  it('reports one crash for an error that several rules meet, and a place outside the document as a crash of its rule', async () => {
    const r = await check('# Design\n\ntext\n', { plugins: [plugin, demo] });
    expect(brief(r.diagnostics)).toEqual([
      '1:1 error internal/rule-crash Rule "iso/first" crashed: the shared model failed. Please report this bug; other rules still ran.',
      '1:1 error internal/rule-crash Rule "iso/outside" crashed: it reported a finding at 5:1, which is not in the document (lines 1 to 4). Please report this bug; other rules still ran.',
      '2:1 warning iso/outside here',
      '3:1 warning demo/engine Operation must have tags.',
      '4:1 error demo/engine Schema is invalid.',
    ]);
    // A range that ends before it starts keeps its start only.
    expect(r.diagnostics.find((d) => d.ruleId === 'iso/outside')).not.toHaveProperty('endLine');
    expect(r.internalError).toBe(true);
  });
});
