import type { Nodes, Root, RootContent } from 'mdast';

/**
 * A design parsed as pieces that start at its top-level headings, with the same tree as one
 * parse of the whole. micromark's cost grows faster than the text (its event list is spliced as
 * it grows, and a garbage collection copies all of it while it lives): a 24 KB design parsed in
 * pieces takes about half the CPU time. A top-level heading after a blank line closes every block
 * but an open fenced code block or HTML comment, so the pieces are cut only there, a piece that
 * ends in an open one is caught after its parse (the whole text is then parsed in one), and a
 * document that gives a piece's parse any reason to differ is parsed whole.
 */

/** Pieces shorter than this many characters grow to the next cut: a parse has its own cost. */
const PIECE_CHARS = 2_000;

/**
 * Texts that are parsed whole: link or footnote definitions (`[x]: …`, used across the
 * document), HTML blocks that blank lines do not end (`<script>`, `<pre>`, `<style>`,
 * `<textarea>`, `<?…`, `<!X…`, `<![CDATA[`), a lone CR line ending (its lines are not counted
 * as `\n` counts them), and a byte order mark (micromark drops it from the first piece only).
 */
const WHOLE = /\]:|<(?:script|pre|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z[]|\r(?!\n)|^\uFEFF/i;

const HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const BLANK = /^[ \t]*\r?$/;
/** A fence opens a code block after container markers (quotes, list items) and indentation. */
const OPEN_FENCE = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*(`{3,}|~{3,})/;

/** A piece of the text: where it starts, as a character offset and as a count of lines before it. */
interface Piece {
  offset: number;
  line: number;
}

/** The pieces a text is cut into (one, the whole text, when it is not cut). */
export function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [{ offset: 0, line: 0 }];
  if (text.length < 2 * PIECE_CHARS || WHOLE.test(text)) return pieces;
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  let offset = 0;
  let previousBlank = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const close = /^[ \t>]*(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (comment) {
      comment = !commentClosed(line, 0);
    } else {
      if (HEADING.test(line) && previousBlank && offset - pieces[pieces.length - 1].offset >= PIECE_CHARS) pieces.push({ offset, line: i });
      const open = OPEN_FENCE.exec(line);
      // A backtick fence's info string holds no backtick: "```a```" is inline code.
      if (open && !(open[1][0] === '`' && line.indexOf('`', open.index + open[0].length) >= 0)) fence = { char: open[1][0], length: open[1].length };
      else {
        const at = line.lastIndexOf('<!--');
        comment = at >= 0 && !commentClosed(line, at + 4);
      }
    }
    previousBlank = BLANK.test(line);
    offset += line.length + 1;
  }
  // A short last piece joins the one before it.
  if (pieces.length > 1 && text.length - pieces[pieces.length - 1].offset < PIECE_CHARS / 2) pieces.pop();
  return pieces;
}

function commentClosed(line: string, from: number): boolean {
  return line.indexOf('-->', from) >= 0;
}

type Position = NonNullable<Nodes['position']>;

/** Move every position of `node` and its descendants `lines` lines and `chars` characters on. */
function shift(node: Nodes, lines: number, chars: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += chars;
    if (p.end.offset !== undefined) p.end.offset += chars;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, chars);
}

/**
 * A piece's tree ends in a block that the next piece's heading would not have ended: a fenced code
 * block without its closing fence, or an HTML comment without `-->` (on its last child, at any
 * depth).
 */
function endsOpen(tree: Root, lines: string[]): boolean {
  let node: Nodes | undefined = tree.children[tree.children.length - 1];
  while (node) {
    if (node.type === 'code' && node.position && fenceOpen(node.position, lines)) return true;
    if (node.type === 'html' && /^\s*<!--/.test(node.value) && node.value.indexOf('-->', node.value.indexOf('<!--') + 4) < 0) return true;
    node = 'children' in node ? (node.children[node.children.length - 1] as Nodes | undefined) : undefined;
  }
  return false;
}

function fenceOpen(p: Position, lines: string[]): boolean {
  const opener = /^(`{3,}|~{3,})/.exec((lines[p.start.line - 1] ?? '').slice(p.start.column - 1));
  if (!opener) return false; // indented code: a heading at column 1 ends it
  if (p.end.line === p.start.line) return true;
  const last = (lines[p.end.line - 1] ?? '').slice(0, p.end.column - 1);
  const close = /(`{3,}|~{3,})[ \t]*$/.exec(last);
  return !close || close[1][0] !== opener[1][0] || close[1].length < opener[1].length;
}

/**
 * Parse `text` with `parse`, in the pieces {@link piecesOf} cuts it into, and join their trees:
 * the same tree, positions included, as `parse(text)`.
 */
export function parseInPieces(text: string, parse: (text: string) => Root): Root {
  const pieces = piecesOf(text);
  if (pieces.length === 1) return parse(text);
  const children: RootContent[] = [];
  let end: Position['end'] | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const { offset, line } = pieces[k];
    const piece = text.slice(offset, k + 1 < pieces.length ? pieces[k + 1].offset : text.length);
    const tree = parse(piece);
    if (k + 1 < pieces.length && endsOpen(tree, piece.split('\n'))) return parse(text);
    if (k > 0) shift(tree, line, offset);
    children.push(...tree.children);
    end = tree.position?.end;
  }
  const root: Root = { type: 'root', children };
  if (end) root.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return root;
}
