import type { Diagnostic, Severity } from '@design-check/core';
import type { Formatter } from './types.js';
import { relativePath, shownRuleId } from './util.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message (GitHub's `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (GitHub's `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, d: Diagnostic): string {
  const props: [string, string | number][] = [
    ['file', file],
    ['line', d.line],
    ['col', d.column],
  ];
  if (d.endLine !== undefined) props.push(['endLine', d.endLine]);
  // GitHub only honours a column range that stays on one line.
  if (d.endColumn !== undefined && (d.endLine ?? d.line) === d.line) {
    props.push(['endColumn', d.endColumn]);
  }
  props.push(['title', shownRuleId(d)]);
  const related = (d.related ?? []).map((r) => `\n↳ ${r.line}:${r.column} ${r.message}`);
  const properties = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message + related.join(''))}`;
}

/** Formats results as GitHub Actions workflow commands, one annotation per line. */
export const github: Formatter = (results, context) =>
  results
    .flatMap((r) => {
      const file = relativePath(context.cwd, r.path);
      return r.diagnostics.map((d) => annotation(file, d));
    })
    .join('\n');
