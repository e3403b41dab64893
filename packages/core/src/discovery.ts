import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { configChain, type LoadedConfig } from './config/load.js';
import { matchesGlobs } from './config/resolve.js';
import { nameMatches } from './model/text.js';
import { headingNames, REQUIRED_METADATA, SECTION, TEMPLATE_SECTIONS } from './template.js';

/** A heading found by {@link scanHeadings}: its text, level and 0-based line. */
interface HeadingLine {
  text: string;
  level: number;
  index: number;
}

/** The Metadata fields whose row marks a table as a design's Metadata table. */
const METADATA_FIELDS = [...REQUIRED_METADATA, 'Approved', 'Reviewers', 'Mission brief', 'Outcome contract'];

/** With a Metadata table, this many of the template's sections (Metadata included) make a design. */
const SECTIONS_WITH_METADATA = 3;
/** Without one, this many: a design that lost its Metadata is still checked (and told so). */
const SECTIONS_WITHOUT_METADATA = 8;

/**
 * The lines of `text` with fenced code blanked, and its headings, ATX (`## x`) and setext (`x`
 * over `===`/`---`), read line by line: this runs on every markdown file found in a folder, so
 * it does not parse.
 */
function scan(text: string): { lines: string[]; headings: HeadingLine[] } {
  const lines = text.split(/\r?\n/);
  const headings: HeadingLine[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f || fence) {
      if (f && !fence) fence = f[1];
      else if (f && fence && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      lines[i] = '';
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      headings.push({ text: atx[2], level: atx[1].length, index: i });
      continue;
    }
    const next = lines[i + 1] ?? '';
    const prev = lines[i - 1] ?? '';
    const underline = /^\s{0,3}(=+|-+)\s*$/.exec(next);
    if (underline && line.trim() && !line.includes('|') && !/^\s*([-*+>]|\d+[.)])\s/.test(line) && !prev.trim()) {
      headings.push({ text: line.trim(), level: underline[1][0] === '=' ? 1 : 2, index: i });
    }
  }
  return { lines, headings };
}

/** Headings outside fenced code, ATX and setext, in document order. */
export function scanHeadings(text: string): string[] {
  return scan(text).headings.map((h) => h.text);
}

/** The cells of a table row as written (`| **Status** | draft |`), or undefined for other lines. */
function rowCells(line: string): string[] | undefined {
  if (!line.includes('|') || /^\s*\|?\s*:?-{3,}/.test(line)) return undefined;
  const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
  return cells.length >= 2 ? cells : undefined;
}

/** True when a Metadata section holds a table with a Metadata field (`Status`, `Mission ID`, …) as a row or column. */
function hasMetadataTable(lines: string[], headings: HeadingLine[]): boolean {
  return headings.some((h, i) => {
    if (!headingNames(h.text, SECTION.metadata)) return false;
    const end = headings.slice(i + 1).find((n) => n.level <= h.level)?.index ?? lines.length;
    return lines.slice(h.index + 1, end).some((line) => {
      const cells = rowCells(line);
      const named = (cell: string) => METADATA_FIELDS.some((f) => nameMatches(cell, f));
      return !!cells && (named(cells[0]) || cells.filter(named).length >= 2);
    });
  });
}

/**
 * True when markdown is a design document by what a design has: a Metadata table (a row such
 * as `| **Status** | draft |` under the Metadata heading) and at least two more of the template's
 * sections, or most of the template's sections. A title saying "Technical Design" is not enough:
 * indexes and how-tos have that too.
 */
export function looksLikeDesign(text: string): boolean {
  const { lines, headings } = scan(text);
  const sections = TEMPLATE_SECTIONS.filter((s) => headings.some((h) => headingNames(h.text, s))).length;
  if (sections >= SECTIONS_WITHOUT_METADATA) return true;
  return sections >= SECTIONS_WITH_METADATA && hasMetadataTable(lines, headings);
}

/**
 * True when a markdown file found in a folder or by a glob is a design to check: the `files`
 * patterns of the nearest config that has them match it, else its text looks like a design.
 */
export function isDesignFile(loaded: LoadedConfig | undefined, path: string, text: string): boolean {
  // The nearest config that says which files are designs decides.
  const decides = configChain(loaded)
    .reverse()
    .find((c) => c.config.files?.length);
  if (decides) return matchesGlobs(decides.config.files!, path, decides.dir);
  return looksLikeDesign(text);
}

/**
 * The folder that a document's file references may not leave: the enclosing git work tree,
 * else `cwd` when the document is inside it, else the document's own folder.
 */
export function projectRootFor(file: string, cwd: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(`${dir}${sep}.git`)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const rel = relative(cwd, resolve(file));
  return rel.startsWith('..') ? dirname(resolve(file)) : cwd;
}
