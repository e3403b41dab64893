import { timingEntries, type TimingEntry } from '@design-check/core';

const SHOWN = 10;

function table(title: string, entries: TimingEntry[], total: number): string[] {
  if (entries.length === 0) return [];
  const rows = entries.slice(0, SHOWN).map((e) => [e.name, e.ms.toFixed(1), `${total > 0 ? ((100 * e.ms) / total).toFixed(1) : '0.0'}%`, String(e.count)]);
  const head = [title, 'Time (ms)', 'Relative', 'Calls'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' | ');
  const last = width.length - 1;
  const rule = width.map((w, i) => (i === 0 ? `:${'-'.repeat(w)}` : `${'-'.repeat(i === last ? w : w + 1)}:`)).join('|');
  return [line(head), rule, ...rows.map(line), ''];
}

/**
 * The `--timing` report: the slowest rules, then the slowest engines, models and the parse, each
 * with its total wall time over the run and its share of the run's `wallMs`. A rule's time
 * includes the engines and models it waited for (the first rule that needs Spectral pays for
 * loading it, unless loading started while the document was parsed).
 */
export function timingReport(documents: number, wallMs: number): string {
  const entries = timingEntries();
  const rules = entries.filter((e) => e.kind === 'rule');
  const rest = entries.filter((e) => e.kind !== 'rule');
  const lines = [
    `design-check timing: ${documents} document${documents === 1 ? '' : 's'} in ${wallMs.toFixed(0)} ms (Relative: share of that time; cached results take none)`,
    '',
    ...table('Rule', rules, wallMs),
    ...table('Engine, model or parse', rest.map((e) => ({ ...e, name: `${e.name}${e.kind === 'model' ? ' (model)' : ''}` })), wallMs),
  ];
  return `${lines.join('\n')}\n`;
}
