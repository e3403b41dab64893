import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { isRemote, metadataField, noteRead, parseDesignDoc, parseLinkedDoc, resolveLocal, type DesignDoc, type Location } from '@design-check/core';

/** The Outcome Contract that the Metadata links to, and what could be read of it. */
export interface Contract {
  /** The link as written (`./OUTCOME-CONTRACT.md`). */
  href: string;
  /** Where the link is, in the Metadata table. */
  at: Location;
  /**
   * `read`: the file was read; `remote`: a URL, never fetched; `outside`: it leaves the
   * project root, never read; `missing`: no such file (or too large to be a contract).
   */
  state: 'read' | 'remote' | 'outside' | 'missing' | 'unparsable';
  /** True when the Metadata links to it (`[x](path)`); false for a path written as text. */
  linked: boolean;
  /** The numbered acceptance criteria, by number, with their text. Empty unless `read`. */
  criteria: Map<number, string>;
}

const MAX_BYTES = 1_000_000;
const ORDERED = /^\s*(?:>\s*)?(\d{1,3})[.)]\s+(.*)$/;
const LABELLED = /^\s*(?:>\s*)?(?:[-*+]|\d{1,3}[.)])\s+[*_`]*(?:AC[\s-]?|#|criterion\s+)(\d{1,3})\b[*_`]*[\s:.)—–-]*(.*)$/i;
const KEY = /^(?:AC[\s-]?|#|criterion\s+)?(\d{1,3})$/i;

/**
 * The numbered acceptance criteria of an outcome contract: the items of its top-level numbered
 * lists, `- AC-1 …` bullets, or table rows whose first (or `#`/`ID`) cell is a number, under an
 * "Acceptance Criteria" heading when there is one, else anywhere in the file.
 */
export function readCriteria(text: string, path: string): Map<number, string> {
  return criteriaIn(parseDesignDoc(text, path));
}

/** The numbered acceptance criteria of a parsed outcome contract (see {@link readCriteria}). */
export function criteriaIn(doc: DesignDoc): Map<number, string> {
  const section = doc.findSection(['Acceptance Criteria', 'Success Criteria', 'Criteria']);
  const first = section ? section.line + 1 : 1;
  const last = section ? section.lastLine : doc.lines.length;
  const out = new Map<number, string>();
  const add = (n: number, text: string) => {
    if (!out.has(n)) out.set(n, text.replace(/[*_`]/g, '').trim());
  };
  // Items of top-level lists only: a nested `1.` is part of its criterion, not another one.
  for (const node of doc.root.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type !== 'list' || line < first || line > last) continue;
    for (const item of node.children) {
      const raw = doc.lines[(item.position?.start.line ?? 0) - 1] ?? '';
      // `- AC-1 …` names its number; a plain numbered item has the number of its marker.
      const m = LABELLED.exec(raw) ?? (node.ordered ? ORDERED.exec(raw) : null);
      if (m) add(Number(m[1]), m[2]);
    }
  }
  const tables = section ? doc.tablesIn(section) : doc.tables;
  for (const table of tables) {
    const named = ['#', 'ID', 'No', 'AC', 'Criterion'].map((h) => table.columnIndex(h)).find((i) => i >= 0);
    const key = named ?? 0;
    for (const row of table.rows) {
      const m = KEY.exec(row.cells[key]?.text ?? '');
      const rest = row.cells.filter((_, i) => i !== key).map((c) => c.text);
      if (m) add(Number(m[1]), rest.sort((a, b) => b.length - a.length)[0] ?? '');
    }
  }
  return out;
}

/** The criteria of a contract file, parsed bounded as the design is; undefined when it cannot be. */
async function criteriaOf(text: string, path: string): Promise<Map<number, string> | undefined> {
  const doc = await parseLinkedDoc(text, path);
  return doc && criteriaIn(doc);
}

/** The Outcome contract link of the Metadata table, read when it is a file inside the project root. */
export async function readContract(doc: DesignDoc, projectRoot: string): Promise<Contract | undefined> {
  const cell = metadataField(doc, 'Outcome contract')?.value;
  if (!cell) return undefined;
  const link = doc.links.find((l) => l.offset >= cell.offset && l.endOffset <= cell.endOffset && !l.url.startsWith('#'));
  const url = link?.url ?? (/^\S+\.md$/i.test(cell.text) ? cell.text : undefined);
  if (!url) return undefined;
  const href = isRemote(url) ? url : url.replace(/[#?].*$/, '');
  const at = { line: (link ?? cell).line, column: (link ?? cell).column };
  const contract = (state: Contract['state'], criteria = new Map<number, string>()): Contract => ({ href, at, state, criteria, linked: !!link });
  if (isRemote(url)) return contract('remote');
  const target = resolveLocal(href, doc.path, projectRoot);
  if (!target.inside) return contract('outside');
  noteRead(doc, target.path);
  try {
    // A symbolic link inside the root may lead outside it: judge where it really leads.
    const rel = relative(realpathSync(projectRoot), realpathSync(target.path));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return contract('outside');
    const stat = statSync(target.path);
    if (!stat.isFile() || stat.size > MAX_BYTES) return contract('missing');
    const criteria = await criteriaOf(readFileSync(target.path, 'utf8'), target.path);
    return criteria ? contract('read', criteria) : contract('unparsable');
  } catch {
    return contract('missing');
  }
}
