import type { Node } from 'unist';
import type { Span } from './nodes.js';

/** The span of an mdast node (position is always present on parsed trees). */
export function spanOf(node: Node): Span {
  const p = node.position!;
  return {
    line: p.start.line,
    column: p.start.column,
    endLine: p.end.line,
    endColumn: p.end.column,
    offset: p.start.offset ?? 0,
    endOffset: p.end.offset ?? 0,
  };
}

/** The span from the start of `first` to the end of `last`. */
export function spanBetween(first: Node, last: Node): Span {
  const a = spanOf(first);
  const b = spanOf(last);
  return { ...a, endLine: b.endLine, endColumn: b.endColumn, endOffset: b.endOffset };
}
