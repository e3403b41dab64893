import type { Rule } from '@design-check/core';

/** Every table row has as many cells as its header. */
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
          ctx.report({ messageId: 'tooFew', data: { actual, expected, headers }, at: { line: row.line, column: row.column } });
        }
      }
    }
  },
};
