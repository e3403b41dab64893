import { isBlank, isPlaceholder, SECTION, specName, type Location, type RuleContext, type Section, type TableCell } from '@design-check/core';
import type { ThreatRow } from './model.js';

/** True when another rule that is on for this file reports the problem already. */
export function reportedElsewhere(ctx: Pick<RuleContext<unknown, string>, 'isEnabled'>, id: string): boolean {
  return ctx.isEnabled?.(id) ?? false;
}

/**
 * Why a cell holds nothing usable: `missing` (the row has no such cell), `blank` (empty or
 * dashes) or `placeholder` (`_(…)_`, `[Name]`, TBD, TODO); undefined when it is filled.
 */
export function emptiness(cell: TableCell | undefined): 'missing' | 'blank' | 'placeholder' | undefined {
  if (!cell) return 'missing';
  if (isBlank(cell.text)) return 'blank';
  if (isPlaceholder(cell.raw)) return 'placeholder';
  return undefined;
}

/**
 * True when an empty cell is reported by a structure rule that is on: a placeholder by
 * `structure/no-placeholders`, a cell missing from a short row by `structure/table-cell-count`.
 */
export function leftToStructure(ctx: Pick<RuleContext<unknown, string>, 'isEnabled'>, why: ReturnType<typeof emptiness>): boolean {
  if (why === 'placeholder') return reportedElsewhere(ctx, 'structure/no-placeholders');
  if (why === 'missing') return reportedElsewhere(ctx, 'structure/table-cell-count');
  return false;
}

/** Shorten text for a message. */
export function excerpt(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** How a message names a threat row: its Threat text, or its row number. */
export function threatName(t: ThreatRow): string {
  return emptiness(t.threat) ? `row ${t.table.table.rows.indexOf(t.row) + 1}` : excerpt(t.threat!.text);
}

/** The location of a cell, or of the start of its row when the row has no such cell. */
export function at(cell: TableCell | undefined, row: { line: number; column: number }): Location {
  return cell ? { line: cell.line, column: cell.column, endLine: cell.endLine, endColumn: cell.endColumn } : { line: row.line, column: row.column };
}

/** The options schema of a rule that takes none. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;

/**
 * True when a missing table or list is reported by `structure/empty-sections` (when it is on):
 * its subsection is there but holds nothing at all, not even a subsection.
 */
export function leftToEmptySections(ctx: Pick<RuleContext<unknown, string>, 'isEnabled' | 'doc'>, sub: Section | undefined): boolean {
  if (!sub || sub.children.length || !reportedElsewhere(ctx, 'structure/empty-sections')) return false;
  return ctx.doc.lines.slice(sub.line, sub.lastLine).every((l) => /^\s*(?:-{3,}|\*{3,}|_{3,}|<!--.*-->)?\s*$/.test(l));
}

/** Where to report a missing table: its subsection's heading, or the threat model's. */
export function missingTable(sub: Section | undefined, model: Section): { data: { section: string }; at: Location } {
  const where = sub ?? model;
  return { data: { section: sub ? sub.title : specName(SECTION.securityThreatModel) }, at: { line: where.line, column: where.column } };
}
