import pc from 'picocolors';
import type { Diagnostic, FileResult, Severity } from '@design-check/core';
import type { Formatter, FormatterContext } from './types.js';
import { countResults, plural, relativePath, shownRuleId } from './util.js';

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (text: string) => string;

const TAB_WIDTH = 4;
// The source line under a finding is cut to this width, so that it fits a 120-column terminal.
const MAX_FRAME_WIDTH = 100;
// Control characters and bidi overrides from a document must not reach the terminal raw.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Makes text from a document safe to print: control and bidi characters become `\uXXXX`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message on one line (line breaks and tabs become spaces), safe to print. */
export function oneLine(text: string): string {
  return visible(text.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/\t/g, ' '));
}

/**
 * Returns `line` as printed (tabs expanded to stops of TAB_WIDTH, unsafe characters escaped)
 * and the printed offset of the 1-based `column`, clamped to the line.
 */
export function expandLine(line: string, column: number): { text: string; caret: number } {
  const index = Math.min(Math.max(column - 1, 0), line.length);
  let text = '';
  let caret = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === index) caret = text.length;
    if (i === line.length) break;
    const char = line[i];
    text += char === '\t' ? ' '.repeat(TAB_WIDTH - (text.length % TAB_WIDTH)) : visible(char);
  }
  return { text, caret };
}

function severityPaint(c: Colors, severity: Severity): Paint {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
}

/** The source line under a finding with a caret under its column; nothing if out of range. */
function frame(lines: string[] | undefined, d: Diagnostic, c: Colors): string[] {
  const line = lines?.[d.line - 1];
  if (line === undefined) return [];
  let { text, caret } = expandLine(line, d.column);
  if (text.length > MAX_FRAME_WIDTH) {
    const start = Math.max(0, Math.min(caret - MAX_FRAME_WIDTH / 2, text.length - MAX_FRAME_WIDTH));
    const end = start + MAX_FRAME_WIDTH;
    text = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
    caret = caret - start + (start > 0 ? 1 : 0);
  }
  const gutter = c.dim('    |');
  text = text.trimEnd();
  return [
    text ? `${gutter} ${text}` : gutter,
    `${gutter} ${' '.repeat(caret)}${severityPaint(c, d.severity)('^')}`,
  ];
}

function fileBlock(result: FileResult, context: FormatterContext, c: Colors): string {
  const rows = result.diagnostics.map((d) => ({ d, line: String(d.line), column: String(d.column) }));
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const severityWidth = width((r) => r.d.severity);
  const lines = result.source?.split(/\r?\n/);
  const out = [c.underline(visible(relativePath(context.cwd, result.path)))];
  for (const { d, line, column } of rows) {
    // Positions and severities line up; messages are not padded, so a short one is not pushed
    // out to the width of the longest, and the rule id follows each message.
    const position = `${line.padStart(lineWidth)}:${column.padEnd(columnWidth)}`;
    const severity = severityPaint(c, d.severity)(d.severity) + ' '.repeat(severityWidth - d.severity.length);
    out.push(`  ${c.dim(position)}  ${severity}  ${oneLine(d.message)}  ${c.dim(visible(shownRuleId(d)))}`);
    out.push(...frame(lines, d, c));
    for (const r of d.related ?? []) {
      out.push(`    ${c.cyan('↳')} ${c.dim(`${r.line}:${r.column}`)} ${oneLine(r.message)}`);
    }
  }
  return out.join('\n');
}

/**
 * Formats results for a terminal, ESLint-stylish: findings grouped by file, positions and
 * severities aligned, each message followed by its rule id (an engine finding's own id), the
 * source line and a caret, one summary line and how many findings `--fix` repairs; empty when
 * there are no findings.
 */
export const stylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color === true);
  const blocks = results.filter((r) => r.diagnostics.length > 0).map((r) => fileBlock(r, context, c));
  if (blocks.length === 0) return '';
  const { errors, warnings, infos } = countResults(results);
  const summary =
    `✖ ${plural(errors + warnings + infos, 'problem')} ` +
    `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  const paint = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const fixable = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix).length, 0);
  const hint = fixable ? `\n  ${plural(fixable, 'problem')} fixable with --fix (--fix-dry-run shows the diff)` : '';
  return `${blocks.join('\n\n')}\n\n${c.bold(paint(summary))}${hint}`;
};
