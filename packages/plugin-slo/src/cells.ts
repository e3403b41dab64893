import { isBlank, isPlaceholder, normalizeName, type Location, type Table, type TableCell } from '@design-check/core';

/** A cell with its markdown marks blanked out: `plain[i]` is the character at `raw[i]`. */
export interface Cell extends TableCell {
  /** `raw` with emphasis, code marks, link targets, escapes and `<br>` turned into spaces. */
  plain: string;
}

/**
 * Blank out markdown marks without moving anything, so that a value found in the plain text
 * is at the same index in `raw` (and so at `offset + index` in the document).
 */
export function alignedPlain(raw: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return raw
    .replace(/<br\s*\/?>|<\/?[a-z][^>]*>/gi, blank)
    .replace(/\]\([^)]*\)/g, (m) => ` ${blank(m.slice(1))}`)
    .replace(/(?<!\\)\[/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, ' $1')
    .replace(/\*\*|__|~~|[*`]/g, blank)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ' ');
}

/** The cell with its aligned plain text, or undefined when the row has no such cell. */
export function cellOf(cells: TableCell[], index: number | undefined): Cell | undefined {
  if (index === undefined || index < 0) return undefined;
  const c = cells[index];
  return c ? { ...c, plain: alignedPlain(c.raw) } : undefined;
}

/** True when a cell is missing or blank (only spaces or dashes). */
export function isEmpty(cell: TableCell | undefined): boolean {
  return !cell || isBlank(cell.text);
}

/** True when a cell holds a template placeholder (`_(…)_`, TBD): another rule reports it. */
export function isLeftover(cell: TableCell | undefined): boolean {
  return !!cell && isPlaceholder(cell.raw);
}

/** True when a cell holds a value to judge: filled in and not a placeholder. */
export function hasValue(cell: TableCell | undefined): cell is Cell {
  return !isEmpty(cell) && !isLeftover(cell);
}

/** True when a cell says "not applicable" (`N/A`, `n/a`, `none`, `-`). */
export function isNotApplicable(cell: TableCell | undefined): boolean {
  return !!cell && /^(?:(?:n\/a|na|none|not applicable)\b|[—–-]+$)/i.test(cell.text.trim());
}

/** The span of `length` characters at `index` of a cell's raw text. */
export function spanIn(cell: TableCell, index: number, length: number): Location & { offset: number; endOffset: number } {
  return {
    line: cell.line,
    column: cell.column + index,
    endLine: cell.line,
    endColumn: cell.column + index + length,
    offset: cell.offset + index,
    endOffset: cell.offset + index + length,
  };
}

/** The text of a code span or name, and where it is in its cell. */
export interface NameAt {
  name: string;
  index: number;
  length: number;
}

/** The code spans of a cell (`` `export.jobs.created` ``), with their place in `raw`. */
export function codeSpans(cell: TableCell): NameAt[] {
  const out: NameAt[] = [];
  const re = /(`+)\s*([^`]+?)\s*\1(?!`)/g;
  for (let m = re.exec(cell.raw); m; m = re.exec(cell.raw)) {
    const inner = m[0].indexOf(m[2], m[1].length);
    out.push({ name: m[2], index: m.index + inner, length: m[2].length });
  }
  return out;
}

/**
 * The column of each key in a table header: exact names first (after normalisation), then
 * names with trailing words (`Target (30d)`); a column is given to one key only.
 */
export function columnsOf<K extends string>(table: Table, spec: Record<K, readonly string[]>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  const taken = new Set<number>();
  const heads = table.header.map((h) => normalizeName(h.text));
  for (const loose of [false, true]) {
    for (const key of Object.keys(spec) as K[]) {
      if (out[key] !== undefined) continue;
      for (const name of spec[key]) {
        const n = normalizeName(name);
        const i = heads.findIndex((h, j) => !taken.has(j) && (h === n || (loose && h.startsWith(`${n} `))));
        if (i >= 0) {
          out[key] = i;
          taken.add(i);
          break;
        }
      }
    }
  }
  return out;
}

/** Words of a name, lower case and roughly singular: `createRefund` → create, refund. */
export function wordStems(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
}

/** A rough stem: `refunds` → `refund`, `indexing` → `index`, `indexer` → `index`. */
export function stem(word: string): string {
  return word.replace(/(?:ing|ers?|es|s)$/, (m, i: number) => (i >= 3 ? '' : m));
}
