import type { DesignDoc } from '@design-check/core';

/** The few fields of an mdast node that the rules read. */
export interface MdNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: MdNode[];
}

/** The document's mdast root, typed structurally. */
export function rootOf(doc: DesignDoc): MdNode {
  return doc.root as unknown as MdNode;
}

/** Visit `node` and its descendants depth-first; return false from `fn` to skip a subtree. */
export function walk(node: MdNode, fn: (n: MdNode) => boolean | void): void {
  if (fn(node) === false) return;
  for (const c of node.children ?? []) walk(c, fn);
}

/** Start offset of every line of `text` (LF, CRLF and CR line ends). */
export function lineStarts(text: string): number[] {
  const out = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}
