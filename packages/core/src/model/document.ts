import { createHash } from 'node:crypto';
import type { Root, Heading, Table as MdTable, TableCell as MdTableCell, Code, ListItem, Html, Link as MdLink, Definition, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CodeBlock, Comment, Link, Section, Span, Table, TableCell, TableRow, TaskItem } from './nodes.js';
import { buildCodeBlock } from './code-blocks.js';
import { spanBetween, spanOf } from './spans.js';
import { markdownParserLoaded, ParseFailure, parseBounded, parseBudget, parseSource, type SourceParse } from './parse.js';
import { nameMatches, normalizeName, splitLines } from './text.js';

/**
 * Parse a design document exactly as `check()` does (BOM dropped, directive lines kept out of
 * tables); the rest of the model is derived lazily and memoised.
 */
export function parseDesignDoc(text: string, path = 'design.md'): DesignDoc {
  return new DesignDoc(parseSource(text), path);
}

/**
 * Parse another markdown file of the project that a rule reads (an outcome contract, the headings
 * of a linked file). It comes with the design, from the same pull request, so it is bounded as a
 * checked document is: a line nested too deep is refused, and a large or deeply nested file is
 * parsed in the parser thread and stopped at the same budget. When this thread has not loaded
 * the markdown parser (every document so far was parsed in that thread), the file is parsed
 * there too, whatever its size. Undefined when the file cannot be parsed within those bounds:
 * the rule then checks nothing against it. The same document is handed to every caller: read it,
 * do not change it.
 */
export function parseLinkedDoc(text: string, path: string): Promise<DesignDoc | undefined> {
  // Designs of one project often link the same files: each is parsed once per content (small
  // files only, and a few of them, so that the memo stays small).
  const key = text.length <= LINKED_MEMO_CHARS ? `${path}\0${createHash('sha1').update(text).digest('base64')}` : undefined;
  const known = key === undefined ? undefined : linked.get(key);
  if (known) return known;
  const parsed = parseBounded(text, { timeoutMs: parseBudget(text), workerAbove: markdownParserLoaded() ? 8_000 : 0 }).then(
    (source) => new DesignDoc(source, path),
    (e: unknown) => {
      if (e instanceof ParseFailure) return undefined;
      throw e;
    },
  );
  if (key !== undefined) {
    if (linked.size >= LINKED_MEMO_SIZE) linked.delete(linked.keys().next().value!);
    linked.set(key, parsed);
    parsed.catch(() => linked.delete(key));
  }
  return parsed;
}

const linked = new Map<string, Promise<DesignDoc | undefined>>();
const LINKED_MEMO_SIZE = 32;
const LINKED_MEMO_CHARS = 256 * 1024;

/** The parsed design document that every rule reads. */
export class DesignDoc {
  /** The text as parsed: without a leading BOM. Offsets and fixes refer to it. */
  readonly text: string;
  readonly path: string;
  readonly hadBom: boolean;
  readonly lines: string[];
  readonly root: Root;
  private readonly cache = new Map<string, unknown>();

  private readonly extraComments: Comment[];

  /** A document from its parse (`parseSource`, or `parseBounded` in a worker). */
  constructor(source: SourceParse, path: string) {
    this.extraComments = source.comments;
    this.hadBom = source.hadBom;
    this.text = source.text;
    this.path = path;
    this.lines = splitLines(this.text);
    this.root = source.tree;
  }

  /** Compute one of the document's own views once; plugins define theirs with `defineModel`. */
  private memo<T>(key: string, fn: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, fn());
    return this.cache.get(key) as T;
  }

  /** The offset in `text` at which each line starts. */
  private get lineStarts(): number[] {
    return this.memo('lineStarts', () => {
      const starts = [0];
      const re = /\r\n|\r|\n/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) starts.push(m.index + m[0].length);
      return starts;
    });
  }

  /** The 1-based line and column of a 0-based offset into `text`. */
  positionAt(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /**
   * The span between two offsets of `text`: what a rule reports with a fix of the same range,
   * so that an editor offers the fix as a quick fix on the finding.
   */
  spanAt(offset: number, endOffset: number): Span {
    const start = this.positionAt(offset);
    const end = this.positionAt(endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
  }

  /** Plain text of the first level-1 heading, or ''. */
  get title(): string {
    return this.memo('title', () => this.sections.find((s) => s.depth === 1)?.title ?? '');
  }

  /** Every heading as a section, in document order. */
  get sections(): Section[] {
    return this.memo('sections', () => buildSections(this.root, this.lines.length));
  }

  /** The innermost section containing `line`. */
  sectionAt(line: number): Section | undefined {
    // Filled once, in document order, so that a subsection overwrites its parent's lines: a
    // look-up per table, block or link stays constant on documents of any size.
    const byLine = this.memo('sectionByLine', () => {
      const out: Array<Section | undefined> = new Array(this.lines.length + 2);
      for (const s of this.sections) out.fill(s, s.line, Math.min(s.lastLine, this.lines.length + 1) + 1);
      return out;
    });
    return byLine[line];
  }

  /**
   * The first section whose heading names `name` (tolerant of case, numbering, emphasis and
   * trailing words), exact matches first. Any level counts, `#` included (some teams give every
   * section a `#` heading), but the document's title only when it names the section exactly
   * (`# Metadata`, not `# Metadata Catalog: Technical Design`). With `within`, only its
   * descendants are searched.
   */
  findSection(name: string | readonly string[], within?: Section): Section | undefined {
    const names = typeof name === 'string' ? [name] : name;
    const pool = within ? descendants(within) : this.sections;
    const first = this.sections[0];
    const title = first?.depth === 1 ? first : undefined;
    for (const n of names) {
      const exact = pool.find((s) => s.name === normalizeName(n));
      if (exact) return exact;
    }
    for (const n of names) {
      const loose = pool.find((s) => s !== title && nameMatches(s.title, n));
      if (loose) return loose;
    }
    return undefined;
  }

  /** Every GFM table. */
  get tables(): Table[] {
    return this.memo('tables', () => {
      const out: Table[] = [];
      for (const node of nodesOf(this.root, 'table') as MdTable[]) out.push(buildTable(node, this.text, this.sectionAt(node.position!.start.line)));
      return out;
    });
  }

  /** Tables inside `section` (including its subsections). */
  tablesIn(section: Section): Table[] {
    return this.tables.filter((t) => t.line >= section.line && t.line <= section.lastLine);
  }

  /** Every code block, fenced or indented. */
  get codeBlocks(): CodeBlock[] {
    return this.memo('codeBlocks', () => {
      const out: CodeBlock[] = [];
      for (const node of nodesOf(this.root, 'code') as Code[]) out.push(buildCodeBlock(node, this.lines, this.sectionAt(node.position!.start.line)));
      return out;
    });
  }

  /** Code blocks of one normalised language (`yaml`, `json`, `typescript`, `gherkin`). */
  codeBlocksOf(...langs: string[]): CodeBlock[] {
    return this.codeBlocks.filter((b) => langs.includes(b.lang));
  }

  /** Checklist items. */
  get tasks(): TaskItem[] {
    return this.memo('tasks', () => {
      const out: TaskItem[] = [];
      for (const node of nodesOf(this.root, 'listItem') as ListItem[]) {
        if (typeof node.checked !== 'boolean') continue;
        const first = node.children[0];
        out.push({
          ...spanOf(node),
          checked: node.checked,
          text: first ? toString(first).trim() : '',
          section: this.sectionAt(node.position!.start.line),
          node,
        });
      }
      return out;
    });
  }

  /** Links and link definitions. */
  get links(): Link[] {
    return this.memo('links', () => {
      const out: Link[] = [];
      for (const l of nodesOf(this.root, LINKS) as Array<MdLink | Definition>) {
        out.push({
          ...spanOf(l),
          url: l.url,
          text: l.type === 'link' ? toString(l) : l.label ?? '',
          section: this.sectionAt(l.position!.start.line),
        });
      }
      return out;
    });
  }

  /** HTML comments (`<!-- … -->`), including those inline in paragraphs or table cells, in document order. */
  get comments(): Comment[] {
    return this.memo('comments', () => {
      const out: Comment[] = [...this.extraComments];
      for (const node of nodesOf(this.root, 'html') as Html[]) {
        const base = spanOf(node);
        const re = /<!--([\s\S]*?)-->/g;
        for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
          const before = node.value.slice(0, m.index);
          const nl = before.split('\n');
          const line = base.line + nl.length - 1;
          const column = nl.length === 1 ? base.column + m.index : nl[nl.length - 1].length + 1;
          const inner = m[0].split('\n');
          out.push({
            line,
            column,
            endLine: line + inner.length - 1,
            endColumn: (inner.length === 1 ? column : 1) + inner[inner.length - 1].length,
            offset: base.offset + m.index,
            endOffset: base.offset + m.index + m[0].length,
            body: m[1].trim(),
          });
        }
      }
      return out.sort((a, b) => a.offset - b.offset);
    });
  }

  /** The markdown slugs of all headings (GitHub style), for `#anchor` links. */
  get anchors(): Set<string> {
    return this.memo('anchors', () => {
      const seen = new Map<string, number>();
      const out = new Set<string>();
      for (const s of this.sections) {
        const base = slug(s.title);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        out.add(n ? `${base}-${n}` : base);
      }
      for (const node of nodesOf(this.root, 'html') as Html[]) {
        for (const m of node.value.matchAll(/<a\s+(?:name|id)=["']([^"']+)["']/gi)) out.add(m[1]);
      }
      return out;
    });
  }
}

/** GitHub's heading slug: lower case, punctuation dropped, spaces to dashes. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function descendants(section: Section): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    for (const c of s.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(section);
  return out;
}

/** The key of links and link definitions together, in document order, in {@link nodesOf}'s index. */
const LINKS = ' links';
const byType = new WeakMap<Root, Map<string, Nodes[]>>();

/**
 * The nodes of `type` under `root`, in document order (as `unist-util-visit` finds them), from
 * an index built in one walk of the tree: the model's tables, code blocks, tasks, links,
 * comments, anchors and sections each needed a walk of their own, a fifth of the main thread's
 * time in a batch.
 */
function nodesOf(root: Root, type: string): Nodes[] {
  let index = byType.get(root);
  if (!index) {
    index = new Map();
    const stack: Nodes[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      let list = index.get(node.type);
      if (!list) index.set(node.type, (list = []));
      list.push(node);
      if (node.type === 'link' || node.type === 'definition') {
        let links = index.get(LINKS);
        if (!links) index.set(LINKS, (links = []));
        links.push(node);
      }
      const children = (node as { children?: Nodes[] }).children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    byType.set(root, index);
  }
  return index.get(type) ?? [];
}

function buildSections(root: Root, lineCount: number): Section[] {
  const out: Section[] = [];
  const stack: Section[] = [];
  for (const node of nodesOf(root, 'heading') as Heading[]) {
    // Inline HTML (`<a id="ctx"></a>Context & Goals`) is not part of the heading's text.
    const title = toString(node, { includeHtml: false }).trim();
    while (stack.length && stack[stack.length - 1].depth >= node.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const section: Section = {
      ...spanOf(node),
      title,
      name: normalizeName(title),
      depth: node.depth,
      path: [...(parent?.path ?? []), title],
      lastLine: lineCount,
      parent,
      children: [],
      node,
    };
    parent?.children.push(section);
    stack.push(section);
    out.push(section);
  }
  for (let i = 0; i < out.length; i++) {
    const next = out.slice(i + 1).find((s) => s.depth <= out[i].depth);
    if (next) out[i].lastLine = next.line - 1;
  }
  return out;
}

function buildCell(cell: MdTableCell, text: string): TableCell {
  const kids = cell.children as Nodes[];
  if (kids.length === 0) {
    // The span starts at the cell's opening pipe: point where its content would be written
    // (`| ␣x |`), and never past the closing pipe (`| |` points at the space).
    const s = spanOf(cell);
    const pipe = text[s.offset] === '|' ? 1 : 0;
    const blank = /^[ \t]*/.exec(text.slice(s.offset + pipe, s.offset + pipe + 3))![0].length;
    const inside = pipe + (blank >= 2 ? 1 : 0);
    const col = s.column + inside;
    const off = s.offset + inside;
    return { line: s.line, column: col, endLine: s.line, endColumn: col, offset: off, endOffset: off, text: '', raw: '' };
  }
  const span = spanBetween(kids[0], kids[kids.length - 1]);
  return { ...span, text: toString(cell).trim(), raw: text.slice(span.offset, span.endOffset).trim() };
}

function buildTable(node: MdTable, text: string, section: Section | undefined): Table {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((c) => buildCell(c, text)) : [];
  const columnIndex = (name: string) => {
    const exact = header.findIndex((h) => normalizeName(h.text) === normalizeName(name));
    return exact >= 0 ? exact : header.findIndex((h) => nameMatches(h.text, name));
  };
  const rows: TableRow[] = body.map((r) => {
    const cells = r.children.map((c) => buildCell(c, text));
    const s = spanOf(r);
    return {
      cells,
      line: s.line,
      column: s.column,
      get: (h: string) => {
        const i = columnIndex(h);
        return i >= 0 ? cells[i] : undefined;
      },
      node: r,
    };
  });
  return { ...spanOf(node), section, header, rows, columnIndex, node };
}
