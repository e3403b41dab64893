/** A kind of template placeholder and how to find it in a line of prose. */
export interface PlaceholderPattern {
  kind: 'placeholder' | 'marker';
  re: RegExp;
}

/** Placeholders looked for in prose, tables, lists and headings (never in code). */
export const PROSE_PATTERNS: PlaceholderPattern[] = [
  // `_(e.g., MISSION-2026-042)_`, `*(describe)*`: the template's italic guidance, one level of nested parens.
  { kind: 'placeholder', re: /(?<![\w*_\\])([_*])\((?:[^()\n]|\([^()\n]*\))*?\)\1(?![\w*_])/g },
  // `[Mission Name]`, `[precondition]`: brackets around words, but not `[ ]`/`[x]`, `[^1]`, `[!NOTE]`, `[3]`.
  { kind: 'placeholder', re: /(?<![\w\]\\!])\[(?![ xX]\]|\^|!|\d+\])[^[\]\n]*\p{L}[^[\]\n]*\](?![([:])/gu },
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
