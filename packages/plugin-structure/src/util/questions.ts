import type { DesignDoc, Table, TableRow } from '@design-check/core';
import { isBlank } from './placeholders.js';
import { findHeading } from './sections.js';

/** The Open Questions table, if the section has one. */
export function openQuestionsTable(doc: DesignDoc): Table | undefined {
  const section = findHeading(doc, 'Open Questions');
  return section ? doc.tablesIn(section)[0] : undefined;
}

/** How a question is named in messages: its `#` cell, else its row number. */
export function questionId(row: TableRow, index: number): string {
  const n = row.get('#')?.text;
  return n && !isBlank(n) ? n : String(index + 1);
}

/** True when a row has no text in any cell (a spacer row). */
export function isEmptyRow(row: TableRow): boolean {
  return row.cells.every((c) => isBlank(c.text));
}
