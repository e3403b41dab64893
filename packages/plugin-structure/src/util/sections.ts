import type { DesignDoc } from '@design-check/core';

/** The last line of the document that holds any text (1 for an empty document). */
export function lastContentLine(doc: DesignDoc): number {
  for (let i = doc.lines.length - 1; i >= 0; i--) if (doc.lines[i].trim()) return i + 1;
  return 1;
}
