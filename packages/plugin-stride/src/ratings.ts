/** Likelihood, Impact and Risk ratings as teams write them: `High`, `med`, `H`, `🔴 **High**`, `High (public API)`. */

/** The default rating scale, lowest first. */
export const DEFAULT_SCALE = ['Low', 'Medium', 'High'] as const;

/** The rating word of a cell: leading symbols, emphasis and an explanation after it left out. */
export function ratingWord(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .split(/\s*(?:\(|\s[-–—]\s|[:;,]|<br)/)[0]
    .replace(/[.!]+$/, '')
    .trim();
}

/**
 * The scale value a cell names, or undefined: the value itself (any case), a prefix of at least
 * three letters (`Med`), or its first letter when no other value starts with it (`H`). A value
 * followed by its number or explanation (`High (3)`) counts, and so does a number followed by
 * the value in parentheses (`3 (High)`).
 */
export function readRating(text: string, scale: readonly string[]): string | undefined {
  const word = ratingWord(text).toLowerCase();
  const found = matchScale(word, scale);
  if (found) return found;
  const inParens = /^\s*[\p{N}.]+\s*\(([^)]+)\)/u.exec(text.replace(/[*_`]/g, ''));
  return inParens ? matchScale(inParens[1].trim().toLowerCase(), scale) : undefined;
}

function matchScale(word: string, scale: readonly string[]): string | undefined {
  if (!word) return undefined;
  const lower = scale.map((v) => v.toLowerCase());
  const exact = lower.indexOf(word);
  if (exact >= 0) return scale[exact];
  if (word.length >= 3) {
    const prefixed = lower.filter((v) => v.startsWith(word));
    if (prefixed.length === 1) return scale[lower.indexOf(prefixed[0])];
  }
  if (word.length === 1) {
    const initial = lower.filter((v) => v.startsWith(word));
    if (initial.length === 1) return scale[lower.indexOf(initial[0])];
  }
  return undefined;
}

/** True when a rating cell says the rating does not apply (`N/A`, `-`). */
export function isNotApplicableRating(text: string): boolean {
  return /^\s*(?:n\/?a|not applicable|[-–—]+)?\s*$/i.test(text.replace(/[*_`]/g, ''));
}
