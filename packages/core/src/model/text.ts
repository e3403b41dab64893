/**
 * Leading numbering of a heading: `3.`, `3.1`, `3.1.`, `3)`, `(3)`, `3:`, `3 -`, `Section 3 -`,
 * and roman numerals or single letters followed by `.`, `)` or a dash (`IV.`, `A)`, `B -`).
 */
const NUMBERING =
  /^(?:(?:section|chapter|part)\s+)?(?:\(?\d+(?:\.\d+)*\)?(?:[.):](?:\s+|(?=\p{L}))|\s*[-–—]\s+|\s+(?=\p{L}))|\(?(?:[ivx]+|[a-z])(?:[.)]|\s+[-–—])\s+)/u;

/**
 * Normalise a heading, table header or metadata key for tolerant matching:
 * case, leading symbols (emoji, `§`), numbering (`3.`, `3.1`, `Section 3 -`, `IV.`, `A)`),
 * emphasis marks, `&`/`and`, punctuation and spacing.
 */
export function normalizeName(text: string): string {
  return text
    .replace(/[*_`\uFE0E\uFE0F\u20E3]/g, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}#(]+(?=[\p{L}\p{N}(])/u, '')
    .replace(NUMBERING, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}/#]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `candidate` names the section `wanted`: equal after normalisation, or `wanted`
 * followed by extra trailing words (`Security Threat Model (STRIDE)`).
 */
export function nameMatches(candidate: string, wanted: string): boolean {
  const c = normalizeName(candidate);
  const w = normalizeName(wanted);
  if (!w) return false;
  return c === w || c.startsWith(`${w} `);
}

/** Split text into lines, accepting LF, CRLF and CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
