import type { Rule, TableCell } from '@design-check/core';
import { checkIsoDate, leadingToken } from '../util/dates.js';
import { isBlank, isPlaceholder } from '../util/placeholders.js';
import { findHeading } from '../util/sections.js';

/** Options of `structure/revision-history`. */
export interface RevisionHistoryOptions {
  /** Row order of the table: oldest revision first (the template's) or newest first. */
  order: 'oldest-first' | 'newest-first';
}

type MessageId = 'badRevision' | 'revisionOrder' | 'badDate' | 'dateOrder';

/** `3`, `v3`, `Rev 3`, `1.2` → [3], [3], [3], [1, 2]; undefined when not a revision number. */
function parseRevision(text: string): number[] | undefined {
  const m = /^(?:rev(?:ision)?\.?\s*|v)?(\d+(?:\.\d+)*)$/i.exec(text.trim());
  return m ? m[1].split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

const at = (c: TableCell) => ({ line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn });

/** Revision History rows carry increasing revisions and valid, non-decreasing dates. */
export const revisionHistory: Rule<RevisionHistoryOptions, MessageId> = {
  name: 'revision-history',
  meta: {
    description: 'Require increasing revisions and valid, non-decreasing dates in Revision History.',
    messages: {
      badRevision: 'Unexpected revision "{{rev}}", expected a number such as 3 or 1.2',
      revisionOrder: 'Unexpected revision {{rev}} after revision {{previous}}, expected revisions to increase ({{order}})',
      badDate: 'Unexpected date "{{value}}" in revision {{rev}}, expected a real date written YYYY-MM-DD',
      dateOrder: 'Unexpected date {{date}} in revision {{rev}}, earlier than {{previousDate}} of revision {{previous}}; expected dates not to decrease ({{order}})',
    },
    schema: {
      type: 'object',
      properties: { order: { enum: ['oldest-first', 'newest-first'] } },
      additionalProperties: false,
    },
    defaultOptions: { order: 'oldest-first' },
  },
  check(ctx) {
    const section = findHeading(ctx.doc, 'Revision History');
    const table = section && ctx.doc.tablesIn(section)[0];
    if (!table) return;
    const order = ctx.options?.order ?? 'oldest-first';
    const rows = order === 'newest-first' ? [...table.rows].reverse() : table.rows;
    let prev: { rev?: number[]; revText: string; date?: string; cell?: TableCell } = { revText: '' };
    for (const row of rows) {
      const revCell = row.get('Rev') ?? row.get('Revision') ?? row.get('Version') ?? row.cells[0];
      const dateCell = row.get('Date');
      if (!revCell || isPlaceholder(revCell.raw) || isBlank(revCell.text)) continue;
      const rev = parseRevision(revCell.text);
      const revText = revCell.text;
      if (!rev) ctx.report({ messageId: 'badRevision', data: { rev: revText }, at: at(revCell) });
      else if (prev.rev && compare(rev, prev.rev) <= 0) {
        ctx.report({
          messageId: 'revisionOrder',
          data: { rev: revText, previous: prev.revText, order },
          at: at(revCell),
          related: [{ message: `revision ${prev.revText}`, line: prev.cell!.line, column: prev.cell!.column }],
        });
      }
      let date: string | undefined;
      if (dateCell && !isBlank(dateCell.text) && !isPlaceholder(dateCell.raw)) {
        const parsed = checkIsoDate(leadingToken(dateCell.text));
        if (!parsed.ok) ctx.report({ messageId: 'badDate', data: { value: dateCell.text, rev: revText }, at: at(dateCell) });
        else date = parsed.date;
      }
      if (date && prev.date && date < prev.date) {
        ctx.report({ messageId: 'dateOrder', data: { date, rev: revText, previousDate: prev.date, previous: prev.revText, order }, at: at(dateCell!) });
      }
      prev = { rev: rev ?? prev.rev, revText: rev ? revText : prev.revText, date: date ?? prev.date, cell: rev ? revCell : prev.cell };
    }
  },
};
