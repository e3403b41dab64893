import { type DesignDoc, type Table, type TableCell, type TableRow, isBlank, findTemplateSection } from '@design-check/core';

/** The Open Questions table, if the section has one. */
export function openQuestionsTable(doc: DesignDoc): Table | undefined {
  const section = findTemplateSection(doc, 'Open Questions');
  return section ? doc.tablesIn(section)[0] : undefined;
}

/** How a question is named in messages: its `#` cell, else its row number. */
export function questionId(row: TableRow, index: number): string {
  const n = row.get('#')?.text;
  return n && !isBlank(n) ? n : String(index + 1);
}

/** What a table says when it has no questions: `None`, `N/A`, `No open questions at this time.` */
const NONE = /^\(?(?:none|n\/?a|nothing|no (?:open |outstanding |unresolved )?questions?)(?: (?:at this time|at present|yet|so far|identified|currently|remaining|open|outstanding))*\)?[.!]?$/i;

/**
 * True when a row holds no question: every cell blank (a spacer row), or the row only says
 * there are none (`| — | None at this time. | — | — | — | — |`), whatever its `#` cell says.
 */
export function isEmptyRow(row: TableRow): boolean {
  const id = row.get('#');
  const rest = row.cells.filter((c) => c !== id);
  return row.cells.every((c) => isBlank(c.text)) || (rest.every((c) => isBlank(c.text) || NONE.test(c.text.trim())) && rest.some((c) => !isBlank(c.text)));
}

/** The Open Questions columns the rules read, each with the names teams give it. */
export const COLUMNS = {
  Owner: ['Owner', 'DRI', 'Assignee'],
  'Target Date': ['Target Date', 'Due Date', 'Due', 'Deadline', 'Resolve By'],
  Resolution: ['Resolution', 'Answer', 'Decision', 'Outcome'],
} as const;

export type Column = keyof typeof COLUMNS;

/** Index of `column` in `table` under any of its names (the template's first), or -1. */
export function columnOf(table: Table, column: Column): number {
  for (const name of COLUMNS[column]) {
    const i = table.columnIndex(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** The cell of `row` under `column`, if the table and the row have one. */
export function cellOf(table: Table, row: TableRow, column: Column): TableCell | undefined {
  const i = columnOf(table, column);
  return i >= 0 ? row.cells[i] : undefined;
}
