import type { DesignDoc, MetadataEntry, TableCell } from '@design-check/core';
import { liveText, type MdNode } from './mdast.js';
import { findField } from './metadata.js';

/** The statuses of the template, in lifecycle order. */
export const STATUSES = ['draft', 'in-review', 'approved', 'superseded'];

/** The Status metadata row, its value cell and its status word. */
export interface StatusInfo {
  entry: MetadataEntry;
  cell: TableCell;
  /** The status word, normalised: lower case, `In Review` → `in-review`. */
  value: string;
  /** What follows the status word in the cell (`by [v2](…)`, `(2026-03-16)`). */
  rest: string;
}

/** Normalise a status as written: case, `In Review` / `in_review` → `in-review`. */
export function normalizeStatus(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^in[ _-]review\b/, 'in-review');
}

/**
 * Split a status cell into its leading status word and the rest. Leading symbols (`✅ approved`)
 * and a closing full stop (`approved.`) are not part of the word.
 */
export function splitStatus(text: string): { value: string; rest: string } {
  const s = normalizeStatus(text.replace(/^[^\p{L}\p{N}]+/u, ''));
  const word = /^[^\s,;:()|/<]+/.exec(s)?.[0] ?? '';
  const value = word.replace(/[.!]+$/, '');
  return { value, rest: s.slice(value.length).trim() };
}

/** A cell's text as it reads: struck-through words (`~~draft~~`) left out, inline HTML (`<br>`) as a space. */
function cellText(entry: MetadataEntry, cell: TableCell): string {
  const node = entry.row.node.children[entry.row.cells.indexOf(cell)] as unknown as MdNode | undefined;
  return node ? liveText(node) : cell.text;
}

/** Read the Status metadata field, or undefined when it is absent or empty. */
export function readStatus(doc: DesignDoc): StatusInfo | undefined {
  const entry = findField(doc, 'Status');
  const cell = entry?.value;
  if (!entry || !cell || !cell.text.trim()) return undefined;
  const live = cellText(entry, cell);
  return { entry, cell, ...splitStatus(live || cell.text) };
}

/** True when the document's Status is `status` (case-insensitive). */
export function hasStatus(doc: DesignDoc, status: string): boolean {
  return readStatus(doc)?.value === status;
}
