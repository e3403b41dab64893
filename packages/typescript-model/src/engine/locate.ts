import type { Location } from '@design-check/core';
import type { TsBlock } from '../types.js';

/** A range of a block as a markdown location (with its end when it stays on the line). */
export function rangeAt(block: TsBlock, start: number, length: number): Location {
  const s = block.block.offsetToMarkdown(start);
  if (length <= 0) return s;
  const e = block.block.offsetToMarkdown(start + length);
  return e.line === s.line ? { ...s, endLine: e.line, endColumn: e.column } : s;
}
