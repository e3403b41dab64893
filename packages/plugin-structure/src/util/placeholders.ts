import type { TableCell } from '@design-check/core';

const ITALIC_PAREN = /^([_*])\(.*\)\1$/s;
const BRACKET_TOKEN = /^\[[^\]]+\](?![([])$/;
const MARKERS = /\b(?:TBD|TODO|FIXME)\b|YYYY-MM-DD/;

/** True when a cell or value says nothing: empty, or only dashes. */
export function isBlank(text: string | undefined): boolean {
  return !text || /^[\s\-–—]*$/.test(text);
}

/** True when raw markdown is a template placeholder: `_(…)_`, `[Name]`, `YYYY-MM-DD`, TBD, TODO. */
export function isPlaceholder(raw: string | undefined): boolean {
  if (!raw) return false;
  const s = raw.trim();
  return ITALIC_PAREN.test(s) || BRACKET_TOKEN.test(s) || MARKERS.test(s);
}

/** True when a cell is missing, blank or still a placeholder. */
export function isUnfilled(cell: TableCell | undefined): boolean {
  return !cell || isBlank(cell.text) || isPlaceholder(cell.raw);
}

/** True when a Resolution cell records no decision (blank, placeholder, "open", "pending", …). */
export function isUnresolved(cell: TableCell | undefined): boolean {
  return isUnfilled(cell) || /^(?:open|pending|unresolved|tbc|n\/?a|\?+)$/i.test(cell!.text.trim());
}

/** Shorten a quoted excerpt for a message. */
export function excerpt(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
