import type { Rule } from '@design-check/core';

/** Every table row has as many cells as its header; a short row is padded with empty cells by `--fix`. */
export const tableCellCount: Rule<Record<string, never>, 'tooMany' | 'tooFew'> = {
  name: 'table-cell-count',
  meta: {
    description: 'Require every table row to have as many cells as the header.',
    messages: {
      tooMany: 'Unexpected {{actual}} cells in this row, expected {{expected}} like the header; escape a literal pipe as "\\|"',
      tooFew: 'Unexpected {{actual}} cells in this row, expected {{expected}} like the header ({{headers}})',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      const expected = table.header.length;
      for (const row of table.rows) {
        const actual = row.cells.length;
        if (actual > expected) {
          const first = row.cells[expected];
          const last = row.cells[actual - 1];
          ctx.report({ messageId: 'tooMany', data: { actual, expected }, at: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn } });
        } else if (actual < expected) {
          const headers = table.header.map((h) => h.text).join(' | ');
          // The fix pads the row with empty cells, as GitHub renders it; the author fills them in.
          const start = row.node.position!.start.offset!;
          const written = ctx.doc.text.slice(start, row.node.position!.end.offset!).trimEnd();
          const closed = /(?<!\\)\|$/.test(written);
          const text = `${written}${closed ? '' : ' |'}${'  |'.repeat(expected - actual)}`;
          const range: [number, number] = [start, start + written.length];
          ctx.report({ messageId: 'tooFew', data: { actual, expected, headers }, at: ctx.doc.spanAt(...range), fix: { range, text } });
        }
      }
    }
  },
};
