import { type Rule, type Table, type TableCell, type TableRow, isBlank, isPlaceholder, findTemplateSection } from '@design-check/core';
import { checkIsoDate, leadingToken, writtenDate } from '../util/dates.js';

/** Options of `structure/revision-history`. */
export interface RevisionHistoryOptions {
  /**
   * Row order of the table: oldest revision first (the template's), newest first, or `auto`
   * (default): newest first when the first row's revision (or else date) is above the last's.
   */
  order: 'auto' | 'oldest-first' | 'newest-first';
}

type MessageId = 'badRevision' | 'revisionOrder' | 'badDate' | 'writtenDate' | 'dateOrder' | 'badDateInRow' | 'dateOrderInRow' | 'previousRevision';

/**
 * `3`, `v3`, `r3`, `#3`, `Rev 3`, `1.2`, `1.0 (draft)` → [3], [3], [3], [3], [3], [1, 2], [1, 0];
 * undefined when not a revision number.
 */
function parseRevision(text: string): number[] | undefined {
  const m = /^(?:rev(?:ision)?\.?\s*|[vr#])?(\d+(?:\.\d+)*)(?:\s+\S.*)?$/i.exec(text.trim());
  return m ? m[1].split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The column of revision numbers: `Rev`, `Revision` or `Version`, else the first one unless it holds the dates; -1 for none. */
function revColumn(table: Table): number {
  for (const name of ['Rev', 'Revision', 'Version']) {
    const i = table.columnIndex(name);
    if (i >= 0) return i;
  }
  return table.columnIndex('Date') === 0 ? -1 : 0;
}

/** The order a table is written in: compare its first and last revisions, else dates. */
function detectOrder(rows: TableRow[], revAt: number): 'oldest-first' | 'newest-first' {
  const revs = rows.map((r) => r.cells[revAt]).map((c) => (c ? parseRevision(c.text) : undefined)).filter((r): r is number[] => !!r);
  if (revs.length >= 2) {
    const d = compare(revs[0], revs[revs.length - 1]);
    if (d) return d > 0 ? 'newest-first' : 'oldest-first';
  }
  const dates = rows.map((r) => checkIsoDate(leadingToken(r.get('Date')?.text ?? ''))).flatMap((d) => (d.ok ? [d.date] : []));
  return dates.length >= 2 && dates[0] > dates[dates.length - 1] ? 'newest-first' : 'oldest-first';
}


/** Revision History rows carry increasing revisions and valid, non-decreasing dates. */
export const revisionHistory: Rule<RevisionHistoryOptions, MessageId> = {
  name: 'revision-history',
  meta: {
    description: 'Require increasing revisions and valid, non-decreasing dates in Revision History.',
    messages: {
      badRevision: 'Unexpected revision "{{rev}}", expected a number such as 3 or 1.2',
      revisionOrder: 'Unexpected revision {{rev}} after revision {{previous}}, expected revisions to increase ({{order}})',
      badDate: 'Unexpected date "{{value}}" in revision {{rev}}, expected a real date written YYYY-MM-DD',
      writtenDate: 'Unexpected date "{{value}}" in revision {{rev}}, expected it written YYYY-MM-DD: {{iso}}',
      dateOrder: 'Unexpected date {{date}} in revision {{rev}}, earlier than {{previousDate}} of revision {{previous}}; expected dates not to decrease ({{order}})',
      badDateInRow: 'Unexpected date "{{value}}" in row {{row}}, expected a real date written YYYY-MM-DD',
      dateOrderInRow: 'Unexpected date {{date}} in row {{row}}, earlier than {{previousDate}} in row {{previous}}; expected dates not to decrease ({{order}})',
      previousRevision: 'Revision {{rev}}',
    },
    schema: {
      type: 'object',
      properties: { order: { enum: ['auto', 'oldest-first', 'newest-first'] } },
      additionalProperties: false,
    },
    defaultOptions: { order: 'auto' },
  },
  check(ctx) {
    const section = findTemplateSection(ctx.doc, 'Revision History');
    const table = section && ctx.doc.tablesIn(section)[0];
    if (!table) return;
    const option = ctx.options.order;
    const revAt = revColumn(table);
    const order = option === 'auto' ? detectOrder(table.rows, revAt) : option;
    const numbered = table.rows.map((row, i) => ({ row, n: String(i + 1) }));
    const rows = order === 'newest-first' ? numbered.reverse() : numbered;
    if (revAt < 0) {
      // No revision column (`| Date | Author | Change |`): only the dates are checked, rows named by number.
      let last: { date: string; n: string } | undefined;
      for (const { row, n } of rows) {
        const cell = row.get('Date');
        if (!cell || isBlank(cell.text) || isPlaceholder(cell.raw)) continue;
        const parsed = checkIsoDate(leadingToken(cell.text));
        if (!parsed.ok) {
          ctx.report({ messageId: 'badDateInRow', data: { value: cell.text, row: n }, at: cell });
          continue;
        }
        if (last && parsed.date < last.date) {
          ctx.report({ messageId: 'dateOrderInRow', data: { date: parsed.date, row: n, previousDate: last.date, previous: last.n, order }, at: cell });
        }
        if (!last || parsed.date >= last.date) last = { date: parsed.date, n };
      }
      return;
    }
    let prev: { rev?: number[]; revText: string; date?: string; cell?: TableCell } = { revText: '' };
    for (const { row } of rows) {
      const revCell = row.cells[revAt];
      const dateCell = row.get('Date');
      if (!revCell || isPlaceholder(revCell.raw) || isBlank(revCell.text)) continue;
      const rev = parseRevision(revCell.text);
      const revText = revCell.text;
      if (!rev) ctx.report({ messageId: 'badRevision', data: { rev: revText }, at: revCell });
      else if (prev.rev && compare(rev, prev.rev) <= 0) {
        ctx.report({
          messageId: 'revisionOrder',
          data: { rev: revText, previous: prev.revText, order },
          at: revCell,
          related: [{ messageId: 'previousRevision', data: { rev: prev.revText }, at: prev.cell! }],
        });
      }
      let date: string | undefined;
      if (dateCell && !isBlank(dateCell.text) && !isPlaceholder(dateCell.raw)) {
        const parsed = checkIsoDate(leadingToken(dateCell.text));
        // `1 October 2026` is a real date in another format: say how to write it, and keep it for the order.
        const iso = parsed.ok ? undefined : writtenDate(dateCell.text);
        if (iso) ctx.report({ messageId: 'writtenDate', data: { value: dateCell.text, rev: revText, iso }, at: dateCell });
        else if (!parsed.ok) ctx.report({ messageId: 'badDate', data: { value: dateCell.text, rev: revText }, at: dateCell });
        date = parsed.ok ? parsed.date : iso;
      }
      if (date && prev.date && date < prev.date) {
        ctx.report({ messageId: 'dateOrder', data: { date, rev: revText, previousDate: prev.date, previous: prev.revText, order }, at: dateCell! });
      }
      prev = { rev: rev ?? prev.rev, revText: rev ? revText : prev.revText, date: date ?? prev.date, cell: rev ? revCell : prev.cell };
    }
  },
};
