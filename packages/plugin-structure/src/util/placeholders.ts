import { isUnfilled, type TableCell } from '@design-check/core';

/** True when a Resolution cell records no decision (blank, placeholder, "open", "pending", …). */
export function isUnresolved(cell: TableCell | undefined): boolean {
  return isUnfilled(cell) || /^(?:open|pending|unresolved|tbc|n\/?a|\?+)$/i.test(cell!.text.trim());
}

/** Shorten a quoted excerpt for a message. */
export function excerpt(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
