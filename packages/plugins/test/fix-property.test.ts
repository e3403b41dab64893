import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, check, fixDocument, type Diagnostic } from '@design-check/core';
import { defaultPlugins } from '../src/index.js';

/** A part of a metric name, written in any case (`Export`, `jobs`, `CDC`). */
const segment = fc.tuple(fc.constantFrom('export', 'jobs', 'created', 'cdc', 'slot', 'retained_bytes', 'search', 'indexer'), fc.boolean(), fc.boolean()).map(([w, cap, upper]) => (upper ? w.toUpperCase() : cap ? w[0].toUpperCase() + w.slice(1) : w));
const metricName = fc.array(segment, { minLength: 2, maxLength: 3 }).map((s) => s.join('.'));

/** A Created date written as teams write them: padded or not, dashes, slashes or dots. */
const date = fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('-', '/', '.'), fc.boolean()).map(
  ([y, m, d, sep, pad]) => [y, pad ? String(m).padStart(2, '0') : m, pad ? String(d).padStart(2, '0') : d].join(sep),
);

const status = fc.constantFrom('draft', 'in-review', 'In Review', 'in review', 'in_review', '**In Review** (since 2026-03-16)', 'approved', 'Approved', 'superseded');

/** Prose between the tables: words, emoji, escaped pipes, code spans. */
const prose = fc.array(fc.constantFrom('The indexer', 'reads', 'CDC events', '— at-least-once', '🚀 fast', '`a \\| b`', 'p95 < 200ms', 'naïve', '**bold**', '漢字'), { maxLength: 8 }).map((w) => w.join(' '));

/** A metric row, maybe missing its last cells (the table-cell-count fix pads it). */
const metricRow = fc.tuple(metricName, fc.boolean(), fc.integer({ min: 2, max: 4 })).map(([name, code, cells]) => {
  const all = [code ? `\`${name}\`` : name, 'counter', 'format', 'Jobs created'];
  return `| ${all.slice(0, cells).join(' | ')} |`;
});

/** An SLO row whose budget may disagree with its target (the error-budget fix recomputes it). */
const sloRow = fc.tuple(fc.constantFrom('99.9', '99.5', '99.95', '99'), fc.constantFrom('0.1', '0.5', '0.05', '1', '2')).map(([target, budget]) => `| Export API | availability | ${target}% | ${budget}% over 30d rolling | 2x burn rate for 1h window |`);

/** A design fragment as teams write it, with LF or CRLF line endings and maybe a BOM. */
const design = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    status,
    created: date,
    intro: prose,
    metrics: fc.array(metricRow, { minLength: 1, maxLength: 4 }),
    slos: fc.array(sloRow, { minLength: 1, maxLength: 3 }),
    outro: prose,
  })
  .map((g) => {
    const lines = [
      '# Technical Design: Catalog Search Indexing',
      '',
      '## Metadata',
      '',
      '| Field | Value |',
      '|-------|-------|',
      `| **Status** | ${g.status} |`,
      `| **Created** | ${g.created} |`,
      '',
      g.intro,
      '',
      '## Observability Design',
      '',
      '### Metrics Design',
      '',
      '| Metric Name | Type | Labels/Dimensions | Description |',
      '|---|---|---|---|',
      ...g.metrics,
      '',
      '### Health Targets / SLOs',
      '',
      '| Component | SLO Type | Target | Error Budget | Burn Rate Alert Threshold |',
      '|---|---|---|---|---|',
      ...g.slos,
      '',
      g.outro,
      '',
    ];
    return `${g.bom ? '\uFEFF' : ''}${lines.join(g.eol)}`;
  });

const options = (path: string) => ({ path, plugins: defaultPlugins, projectRoot: '/nonexistent-project-root' });

/** The text between and around the applied fixes, in order: what a pass may not change. */
function untouched(text: string, applied: Diagnostic[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const d of applied) {
    out.push(text.slice(at, d.fix!.range[0]));
    at = d.fix!.range[1];
  }
  return [...out, text.slice(at)];
}

describe('--fix on generated designs', () => {
  it('applies fixes that never overlap and never changes a byte outside their ranges', async () => {
    await fc.assert(
      fc.asyncProperty(design, async (raw) => {
        const result = await check(raw, options('design.md'));
        const body = raw.replace(/^\uFEFF/, '');
        const { text, applied } = applyFixes(body, result.diagnostics);
        const ranges = applied.map((d) => d.fix!.range);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBeGreaterThan(ranges[i - 1][1]);
        // Splice the replacements back out: the rest of the text is the text as it was.
        let rest = text;
        const kept = untouched(body, applied);
        applied.forEach((d, i) => {
          expect(rest.startsWith(kept[i])).toBe(true);
          rest = rest.slice(kept[i].length);
          expect(rest.startsWith(d.fix!.text)).toBe(true);
          rest = rest.slice(d.fix!.text.length);
        });
        expect(rest).toBe(kept[kept.length - 1]);
      }),
      { numRuns: 60 },
    );
  }, 240_000);

  it('fixes until stable, keeps the BOM and the line endings, and a second run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(design, async (raw) => {
        const once = await fixDocument(raw, options('design.md'));
        expect(once.output.startsWith('\uFEFF')).toBe(raw.startsWith('\uFEFF'));
        const endings = (t: string) => ({ crlf: (t.match(/\r\n/g) ?? []).length, lf: (t.match(/(?<!\r)\n/g) ?? []).length });
        expect(endings(once.output)).toEqual(endings(raw));
        expect(once.result.diagnostics.filter((d) => d.fix)).toEqual([]);
        const twice = await fixDocument(once.output, options('design.md'));
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toBe(0);
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('the generator makes documents with several fixes, some overlapping', async () => {
    const samples = fc.sample(design, { numRuns: 30, seed: 42 });
    const runs = await Promise.all(samples.map((raw) => fixDocument(raw, options('design.md'))));
    expect(runs.filter((r) => r.fixed >= 3).length).toBeGreaterThan(5);
    expect(runs.some((r) => r.passes >= 2)).toBe(true);
  }, 240_000);
});
