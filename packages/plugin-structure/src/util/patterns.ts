/** A kind of template placeholder and how to find it in a line of prose. */
export interface PlaceholderPattern {
  kind: 'placeholder' | 'marker';
  re: RegExp;
  /** Not looked for in a YAML front matter block, where `[a, b]` is a list. */
  skipFrontMatter?: boolean;
}

/**
 * Bracketed text that is not a template token: an interval or tuple of single words
 * (`[lo, hi]`, `[x, y]`), a character class (`[a-z]`, `[A-Za-z0-9_]`), or a citation of a
 * numbered document (`[RFC 7807]`, `[ADR-0031]`, `[ISO 8601]`).
 */
const NOT_A_TOKEN = String.raw`(?!\s*[\w.+-]+(?:\s*,\s*[\w.+-]+)+\s*\]|\^?(?:\w-\w|\\.|[_.])+\]|[A-Z]{2,}[- ]?\d[\w.-]*\])`;

/** Placeholders looked for in prose, tables, lists and headings (never in code). */
export const PROSE_PATTERNS: PlaceholderPattern[] = [
  // `_(e.g., MISSION-2026-042)_`, `*(describe)*`: the template's italic guidance, one level of nested
  // parens. The template's guidance always ends its cell or line; an italic aside followed by more
  // words (`*(see Appendix A)* for the …`) is prose.
  { kind: 'placeholder', re: /(?<![\w*_\\])([_*])\((?:[^()\n]|\([^()\n]*\))*?\)\1(?![\w*_])(?![ \t]*[\p{L}\p{N}])/gu },
  // `[Mission Name]`, `[precondition]`: brackets around words, but not `[ ]`/`[x]`, `[^1]`, `[!NOTE]`, `[3]`.
  {
    kind: 'placeholder',
    re: new RegExp(String.raw`(?<![\w\]\\!])\[(?![ xX]\]|\^|!|\d+\])${NOT_A_TOKEN}[^[\]\n]*\p{L}[^[\]\n]*\](?![([:])`, 'gu'),
    skipFrontMatter: true,
  },
  { kind: 'placeholder', re: /\bYYYY-MM-DD\b/g },
  // `criterion #N`
  { kind: 'placeholder', re: /(?<![\w&#])#N\b/g },
  { kind: 'marker', re: /\b(?:TBD|TODO|FIXME)\b/g },
];

/** The template's own placeholders inside code blocks; other code is never judged. */
export const CODE_TOKENS: string[] = [
  '[Description]',
  '[Descriptive name]',
  '[precondition]',
  '[additional context]',
  '[action or trigger]',
  '[invalid action or failure condition]',
  '[expected outcome]',
  '[additional assertion]',
  '[expected error handling behavior]',
  '[Error case name]',
  '[Entity A]',
  '[Entity B]',
  '[Entity C]',
  'Define request shape',
  'Define response shape',
];

/** Compile a user's pattern, naming the option when it is not a valid regular expression. */
export function compileUserPattern(source: string, option: string): RegExp {
  try {
    return new RegExp(source, 'gu');
  } catch (e) {
    throw new Error(`option ${option}: ${JSON.stringify(source)} is not a valid regular expression (${(e as Error).message})`);
  }
}
