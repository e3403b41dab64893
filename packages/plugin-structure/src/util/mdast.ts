import { defineModel, type DesignDoc } from '@design-check/core';

/** The few fields of an mdast node that the rules read. */
export interface MdNode {
  type: string;
  value?: string;
  /** Normalised label of a `linkReference` or `definition`. */
  identifier?: string;
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

/** A span of the markdown file with its offsets. */
export interface OffsetSpan {
  line: number;
  offset: number;
  endOffset: number;
}

/**
 * Every link as the reader sees it: inline links (`[v2](./v2.md)`), autolinks, and reference
 * links (`[v2][next]`, `[v2]`) whose definition exists. A reference without a definition
 * renders as plain text, so it is not a link.
 */
export const renderedLinks = defineModel('structure/rendered-links', (doc: DesignDoc): OffsetSpan[] => {
    const defined = new Set<string>();
    walk(rootOf(doc), (n) => {
      if (n.type === 'definition' && n.identifier) defined.add(n.identifier.toLowerCase());
    });
    const out: OffsetSpan[] = [];
    walk(rootOf(doc), (n) => {
      const isLink = n.type === 'link' || (n.type === 'linkReference' && !!n.identifier && defined.has(n.identifier.toLowerCase()));
      if (!isLink || !n.position) return;
      out.push({ line: n.position.start.line, offset: n.position.start.offset ?? 0, endOffset: n.position.end.offset ?? 0 });
      return false;
    });
    return out;
});
