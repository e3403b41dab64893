/**
 * Normalise a heading, table header or metadata key for tolerant matching:
 * case, leading numbering (`3.`, `3.1`, `A.`), emphasis marks, `&`/`and`, punctuation and spacing.
 */
export function normalizeName(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/^\s*(?:section\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]\s+/, '')
    .replace(/^\s*\d+(?:\.\d+)+\s+/, '')
    .replace(/^\s*\d+\s+(?=[a-z])/, '')
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
