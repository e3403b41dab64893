import type { Heading, Table as MdTable, TableRow as MdTableRow, Code, ListItem } from 'mdast';

/** A span of the markdown file: 1-based lines and columns, 0-based offsets into `doc.text`. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** A heading and everything under it until the next heading of the same or a higher level. */
export interface Section extends Span {
  /** The heading as written, in plain text without inline HTML (`3.1 Refunds API`). */
  title: string;
  /** The heading normalised for matching (`refunds api`). */
  name: string;
  depth: number;
  /** Titles from the top section down to this one. */
  path: string[];
  /** Last line that belongs to the section (inclusive). */
  lastLine: number;
  parent?: Section;
  children: Section[];
  node: Heading;
}

/** One table cell; the span covers its content, not its pipes. */
export interface TableCell extends Span {
  /** Plain text of the cell (emphasis and code marks removed). */
  text: string;
  /** The cell's source text, trimmed. */
  raw: string;
}

/** A body row of a table. */
export interface TableRow {
  cells: TableCell[];
  line: number;
  column: number;
  /** The cell under the header named `header` (tolerant matching), if the row has it. */
  get(header: string): TableCell | undefined;
  node: MdTableRow;
}

/** A GFM table with header cells and body rows. */
export interface Table extends Span {
  section?: Section;
  header: TableCell[];
  rows: TableRow[];
  /** Index of the header named `name` (tolerant matching; trailing words allowed), or -1. */
  columnIndex(name: string): number;
  node: MdTable;
}

/** A fenced (or indented) code block with a map back to the markdown file. */
export interface CodeBlock extends Span {
  /** Normalised language: `yaml`, `json`, `typescript`, `gherkin`, …, or '' when none. */
  lang: string;
  /** The info string's language as written. */
  rawLang: string;
  meta: string;
  /** Content with LF line endings. */
  value: string;
  lines: string[];
  section?: Section;
  /** Markdown line of the block's first content line. */
  contentLine: number;
  /** For each line of the block, how many columns of the markdown line precede it (list indent, `> `). */
  columnOffsets: readonly number[];
  /** Map a 1-based line and column inside the block to the markdown file. */
  toMarkdown(line: number, column: number): { line: number; column: number };
  /** Map a 0-based offset into `value` to the markdown file. */
  offsetToMarkdown(offset: number): { line: number; column: number };
  node: Code;
}

/** A checklist item (`- [ ]` / `- [x]`). */
export interface TaskItem extends Span {
  checked: boolean;
  text: string;
  section?: Section;
  node: ListItem;
}

/** A link or link reference with its target. */
export interface Link extends Span {
  url: string;
  text: string;
  section?: Section;
}

/** An HTML comment, used for inline suppressions. */
export interface Comment extends Span {
  /** Text between `<!--` and `-->`, trimmed. */
  body: string;
}

/** A row of the Metadata table. */
export interface MetadataEntry {
  key: string;
  keyCell: TableCell;
  value?: TableCell;
  row: TableRow;
}
