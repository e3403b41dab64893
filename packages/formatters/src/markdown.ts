import type { Diagnostic, FileResult } from '@design-check/core';
import type { Formatter } from './types.js';
import { countResults, countSeverities, plural, relativePath, shownRuleId } from './util.js';

/** GitHub refuses a comment over 65 536 characters: the report stays well below. */
export const MARKDOWN_BUDGET = 60_000;

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/**
 * Text from a document or a message, made inert in markdown: no emphasis, links, HTML, table
 * breaks or @mentions, on one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/@/g, '&#64;');
}

/** A path as inline code (backticks in it made safe by a longer fence). */
function code(text: string): string {
  const fence = '`'.repeat((text.match(/`+/g) ?? ['']).reduce((n, m) => Math.max(n, m.length), 0) + 1);
  return `${fence}${fence.length > 1 ? ` ${text} ` : text}${fence}`;
}

function row(d: Diagnostic): string {
  const id = shownRuleId(d);
  const rule = d.url ? `[${escapeMarkdown(id)}](${d.url})` : escapeMarkdown(id);
  return `| ${d.line}:${d.column} | ${ICON[d.severity]} ${d.severity} | ${escapeMarkdown(d.message)} | ${rule} |`;
}

function headline(results: FileResult[]): string {
  const { errors, warnings, infos } = countResults(results);
  const total = errors + warnings + infos;
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  const fixable = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix).length, 0);
  if (total === 0) return `### ✅ design-check: no problems in ${plural(results.length, 'design document')}`;
  const mark = errors ? '❌' : '⚠️';
  const fix = fixable ? ` · ${fixable} fixable with \`design-check --fix\`` : '';
  return `### ${mark} design-check: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${withFindings} of ${plural(results.length, 'design document')}${fix}`;
}

/**
 * A report for a pull request comment or `$GITHUB_STEP_SUMMARY`: a headline, a table of the
 * documents with their counts, then each document's findings (folded), cut to fit a comment.
 */
export const markdown: Formatter = (results, context) => {
  const out: string[] = [headline(results)];
  const dirty = results.filter((r) => r.diagnostics.length > 0);
  if (dirty.length === 0) return out[0];
  out.push('', '| document | errors | warnings | infos |', '|---|---:|---:|---:|');
  for (const r of dirty) {
    const t = countSeverities(r.diagnostics);
    out.push(`| ${code(relativePath(context.cwd, r.path))} | ${t.errors} | ${t.warnings} | ${t.infos} |`);
  }
  let size = out.join('\n').length;
  let left = dirty.reduce((n, r) => n + r.diagnostics.length, 0);
  for (const r of dirty) {
    const head = ['', `<details${dirty.length === 1 ? ' open' : ''}><summary>${escapeMarkdown(relativePath(context.cwd, r.path))}: ${plural(r.diagnostics.length, 'problem')}</summary>`, '', '| line | severity | message | rule |', '|---|---|---|---|'];
    const rows: string[] = [];
    for (const d of r.diagnostics) {
      const line = row(d);
      if (size + head.join('\n').length + rows.join('\n').length + line.length + 200 > MARKDOWN_BUDGET) break;
      rows.push(line);
    }
    if (rows.length === 0) break;
    out.push(...head, ...rows, '', '</details>');
    size = out.join('\n').length;
    left -= rows.length;
    if (rows.length < r.diagnostics.length) break;
  }
  if (left > 0) out.push('', `… and ${plural(left, 'more problem')}, left out to fit a comment: run \`design-check\` for the full report.`);
  return out.join('\n');
};
