/**
 * The six STRIDE categories, the other ways designers write them, and where a category of
 * another taxonomy (OWASP Top 10, CWE, common attack names) most likely belongs.
 */
import { closestName } from '@design-check/core';

/** The STRIDE categories, in the order of the acronym. */
export const STRIDE = ['Spoofing', 'Tampering', 'Repudiation', 'Information Disclosure', 'Denial of Service', 'Elevation of Privilege'] as const;

/** One STRIDE category. */
export type StrideCategory = (typeof STRIDE)[number];

const [S, T, R, I, D, E] = STRIDE;

/** Other spellings of a STRIDE category that mean exactly it (keys normalised: lower case, single spaces). */
const ALIASES: Record<string, StrideCategory> = {
  s: S,
  t: T,
  r: R,
  i: I,
  d: D,
  e: E,
  spoof: S,
  'spoofing identity': S,
  'identity spoofing': S,
  tamper: T,
  'tampering with data': T,
  'data tampering': T,
  'info disclosure': I,
  'information leak': I,
  dos: D,
  ddos: D,
  'denial of services': D,
  eop: E,
  'elevation of privileges': E,
  'escalation of privilege': E,
  'escalation of privileges': E,
  'privilege escalation': E,
  'non repudiation': R,
};

/**
 * Categories of other taxonomies and the STRIDE category they most likely belong to. A cell
 * matches an entry when the entry's words appear in it (`SQL injection` matches `injection`);
 * CWE and OWASP identifiers match on their own.
 */
export const OTHER_TAXONOMIES: ReadonlyArray<readonly [string, StrideCategory]> = [
  // OWASP Top 10 (2021 and 2017)
  ['broken access control', E],
  ['cryptographic failures', I],
  ['sensitive data exposure', I],
  ['injection', T],
  ['identification and authentication failures', S],
  ['broken authentication', S],
  ['software and data integrity failures', T],
  ['insecure deserialization', T],
  ['security logging and monitoring failures', R],
  ['insufficient logging', R],
  ['server side request forgery', I],
  ['ssrf', I],
  ['xml external entities', I],
  ['xxe', I],
  ['cross site scripting', T],
  ['xss', T],
  ['cross site request forgery', S],
  ['csrf', S],
  // CWE names
  ['improper input validation', T],
  ['missing authorization', E],
  ['incorrect authorization', E],
  ['missing authentication', S],
  ['improper authentication', S],
  ['exposure of sensitive information', I],
  ['uncontrolled resource consumption', D],
  ['path traversal', I],
  ['hard coded credentials', S],
  // Attack names
  ['session hijacking', S],
  ['credential stuffing', S],
  ['brute force', S],
  ['impersonation', S],
  ['phishing', S],
  ['replay', S],
  ['man in the middle', I],
  ['mitm', I],
  ['eavesdropping', I],
  ['data leak', I],
  ['data breach', I],
  ['resource exhaustion', D],
  ['flooding', D],
  ['race condition', T],
];

/** CWE and OWASP Top 10 identifiers of the taxonomy table, by number. */
const CWE_IDS: Record<string, StrideCategory> = { '20': T, '22': I, '79': T, '89': T, '200': I, '287': S, '306': S, '352': S, '400': D, '502': T, '611': I, '798': S, '862': E, '863': E, '918': I };
const OWASP_2021: Record<string, StrideCategory> = { '01': E, '02': I, '03': T, '07': S, '08': T, '09': R, '10': I };

/** What one entry of a Category cell reads as. */
export type CategoryReading =
  | { kind: 'stride'; category: StrideCategory }
  | { kind: 'misspelled'; suggestion: StrideCategory }
  | { kind: 'other'; category: StrideCategory }
  | { kind: 'unknown' };

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-‐–—_]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?:attacks?|threats?)$/, '');
const CANONICAL = new Map(STRIDE.map((c) => [key(c), c]));

/** Read one entry of a Category cell (`Spoofing`, `S`, `DoS`, `Injection`, `Tampring`). */
export function readCategory(text: string): CategoryReading {
  const k = key(text);
  const known = CANONICAL.get(k) ?? ALIASES[k];
  if (known) return { kind: 'stride', category: known };
  const id = /^(?:cwe\s*(\d+)|a(\d\d)(?:\s*2021)?)\b/.exec(k);
  const byId = id ? (id[1] ? CWE_IDS[id[1]] : OWASP_2021[id[2]]) : undefined;
  if (byId) return { kind: 'other', category: byId };
  const padded = ` ${k.replace(/^(?:cwe\s*\d+|a\d\d(?:\s*20\d\d)?)\s*/, '')} `;
  const other = OTHER_TAXONOMIES.find(([name]) => padded.includes(` ${name} `) || padded.includes(` ${name}s `));
  if (other) return { kind: 'other', category: other[1] };
  const near = closestName(k, [...CANONICAL.keys()]);
  if (near) return { kind: 'misspelled', suggestion: CANONICAL.get(near)! };
  return { kind: 'unknown' };
}

/** One entry of a Category cell with its place in the cell's raw text. */
export interface CategoryEntry {
  text: string;
  /** 0-based offset of the entry in the cell's raw markdown. */
  offset: number;
  reading: CategoryReading;
}

/**
 * Split a Category cell into its entries: several categories are separated by `/`, `,`, `+`,
 * `&`, `;`, ` and ` or a `<br>`; emphasis, code marks and leading symbols (emoji) are not part
 * of an entry, and a parenthesised expansion (`S (Spoofing)`) is read with its entry.
 */
export function splitCategories(raw: string): CategoryEntry[] {
  // Blank out markup with spaces so that offsets stay those of the raw cell.
  const plain = raw
    .replace(/<br\s*\/?>/gi, (m) => `/${' '.repeat(m.length - 1)}`)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, (m, text: string) => ` ${text}${' '.repeat(m.length - text.length - 1)}`)
    .replace(/[*_`~]/g, ' ');
  const out: CategoryEntry[] = [];
  const re = /[^/,+&;]+/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) {
    for (const part of splitAnd(m[0], m.index)) {
      const lead = /^[^\p{L}\p{N}]*/u.exec(part.text)![0].length;
      let text = part.text.slice(lead).replace(/[\s.:]+$/, '');
      if (!text) continue;
      // `S (Spoofing)`, `S – Spoofing`, `Tampering: data at rest`: what follows explains the category.
      const head = /^(.+?)\s*(?:\(|[-–—:]\s)/u.exec(text);
      if (head && readCategory(head[1]).kind === 'stride') text = head[1];
      out.push({ text, offset: part.offset + lead, reading: readCategory(text) });
    }
  }
  return out;
}

/** Split on ` and ` unless the words around it are one name (`Identification and Authentication Failures`). */
function splitAnd(text: string, offset: number): Array<{ text: string; offset: number }> {
  if (readCategory(text).kind !== 'unknown' && readCategory(text).kind !== 'misspelled') return [{ text, offset }];
  const parts: Array<{ text: string; offset: number }> = [];
  const re = /\s+and\s+/gi;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push({ text: text.slice(start, m.index), offset: offset + start });
    start = m.index + m[0].length;
  }
  parts.push({ text: text.slice(start), offset: offset + start });
  return parts.length > 1 && parts.every((p) => readCategory(p.text).kind === 'stride') ? parts : [{ text, offset }];
}
