import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.js';
import { DIRECTIVE_LINE } from '../directive-grammar.js';
import type { Comment } from './nodes.js';

const TABLE_ROW = /^\s*(?:>\s*)*\|/;

/** A parse of a document whose directive-only lines inside tables were taken out. */
export interface StrippedParse {
  tree: Root;
  comments: Comment[];
}

/**
 * A directive comment on its own line between two table rows would end the table in
 * markdown. Parse without such lines, then map every position back to the real file, and
 * hand the directives back as comments.
 */
export function stripDirectiveLines(text: string): StrippedParse | undefined {
  const lines = text.split('\n');
  const drop = new Set<number>();
  for (let i = 1; i < lines.length - 1; i++) {
    if (!DIRECTIVE_LINE.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && DIRECTIVE_LINE.test(lines[j])) j++;
    if (TABLE_ROW.test(lines[i - 1]) && j < lines.length && TABLE_ROW.test(lines[j])) drop.add(i);
  }
  if (drop.size === 0) return undefined;
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  const kept: number[] = [];
  lines.forEach((_, i) => {
    if (!drop.has(i)) kept.push(i);
  });
  const keptText = kept.map((i) => lines[i]).join('\n');
  const newStarts: number[] = [];
  off = 0;
  for (const i of kept) {
    newStarts.push(off);
    off += lines[i].length + 1;
  }
  const tree = parseMarkdown(keptText);
  const remap = (p: { line: number; column: number; offset?: number }) => {
    const orig = kept[p.line - 1] ?? lines.length - 1;
    if (p.offset !== undefined) p.offset = starts[orig] + (p.offset - (newStarts[p.line - 1] ?? 0));
    p.line = orig + 1;
  };
  visit(tree, (node: Node) => {
    if (!node.position) return;
    remap(node.position.start);
    remap(node.position.end);
  });
  const comments: Comment[] = [...drop].map((i) => {
    const src = lines[i].replace(/\r$/, '');
    const m = DIRECTIVE_LINE.exec(src)!;
    const column = src.indexOf('<!--') + 1;
    const end = src.lastIndexOf('-->') + 4;
    return { line: i + 1, column, endLine: i + 1, endColumn: end, offset: starts[i] + column - 1, endOffset: starts[i] + end - 1, body: m[1].trim() };
  });
  return { tree, comments };
}
