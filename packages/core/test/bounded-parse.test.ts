import { describe, expect, it } from 'vitest';
import { check as checkFromSource } from '../src/index.js';
// The worker path runs the built module (a worker cannot load TypeScript sources).
import { check as checkBuilt } from '../dist/index.js';
import { demo as demoFromSource } from './fixtures.js';

const demo = demoFromSource as unknown as Parameters<typeof checkBuilt>[1]['plugins'][number];

const brief = (r: { diagnostics: Array<{ line: number; column: number; ruleId: string }> }) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('bounded parsing of hostile documents', () => {
  it('a line nested 64 deep or more is one input/parse-error on that line, at once, without a parse', async () => {
    const r = await checkFromSource(`# Technical Design: x\n\n${'>'.repeat(10_000)} deep\n`, { plugins: [demoFromSource] });
    expect(brief(r)).toEqual(['3:1 input/parse-error']);
    expect(r.diagnostics[0].message).toBe('The markdown nests 64 or more quotes and lists on this line, deeper than design-check parses; flatten it.');
    // 63 levels are parsed; a thematic break of 70 markers opens no list.
    const parsed = await checkFromSource(`# Technical Design: x\n\n${'> '.repeat(63)}deep\n\n${'* '.repeat(70)}\n`, { plugins: [demoFromSource] });
    expect(brief(parsed).filter((d) => d.includes(' input/'))).toEqual([]);
    expect(brief(parsed).length).toBeGreaterThan(0);
  });

  it('a large document is parsed in a worker that is stopped at the time budget', async () => {
    const text = `# Technical Design: x\n\n${'_(e.g., '.repeat(40_000)}\n`;
    const t0 = Date.now();
    const r = await checkBuilt(text, { plugins: [demo], parseTimeoutMs: 100, parseInWorkerAbove: 1000 });
    expect(brief(r)).toEqual(['1:1 input/parse-timeout']);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('a small document with one line of thousands of nested quotes and lists is refused at once, in the built module too', async () => {
    // 7 983 characters, under the size above which documents go to the worker; parsed, it takes seconds.
    const text = '> - > 1. '.repeat(887);
    const t0 = Date.now();
    const r = await checkBuilt(text, { plugins: [demo] });
    expect(brief(r)).toEqual(['1:1 input/parse-error']);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('a large document parsed in a worker gives the same findings as in this thread', async () => {
    const text = `# Technical Design: Demo\n\n## Metadata\n\n| Field | Value |\n|-------|-------|\n| **Status** | finished-ish |\n\n${'Some prose. '.repeat(2000)}\n`;
    const inWorker = await checkBuilt(text, { plugins: [demo], parseInWorkerAbove: 1000 });
    const inThread = await checkBuilt(text, { plugins: [demo], parseInWorkerAbove: Infinity });
    expect(brief(inWorker)).toEqual(brief(inThread));
    expect(brief(inWorker)).toContain('7:16 demo/status');
  });

  it('a 90 KB document of nested quotes and lists answers within seconds with a finding, and the next document is parsed again', async () => {
    const lines: string[] = [];
    for (let i = 0, len = 0; len < 90_000; i++) {
      const line = `${'> - '.repeat(i % 5)}item ${i}`;
      lines.push(line);
      len += line.length + 1;
    }
    // Unbounded, this parse runs for minutes; the test's own timeout catches a hang.
    const r = await checkBuilt(`# Technical Design: x\n\n${lines.join('\n')}\n`, { plugins: [demo] });
    expect(brief(r)).toEqual(['1:1 input/parse-timeout']);
    const next = await checkBuilt('# Technical Design: Demo\n\n## Metadata\n\n| Field | Value |\n|-------|-------|\n| **Status** | finished-ish |\n' + 'Prose. '.repeat(2000), { plugins: [demo] });
    expect(brief(next)).toContain('7:16 demo/status');
  });
});

describe('parseBudget', () => {
  it('is generous for real designs and short for the parser’s slow path', async () => {
    const { parseBudget } = await import('../src/model/parse.js');
    const { readFileSync } = await import('node:fs');
    const design = readFileSync(new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url), 'utf8');
    expect(parseBudget(design)).toBe(12_000);
    expect(parseBudget('> - > - x\n'.repeat(201))).toBe(3_000);
    expect(parseBudget('> - > - x\n'.repeat(200))).toBe(12_000);
    expect(parseBudget(`${'> '.repeat(64)}x\n`)).toBe(3_000);
    expect(parseBudget(`${'x'.repeat(250_000)}\n`)).toBe(16_000);
  });
});
