/**
 * The one grammar of inline directives: `design-check-<kind> [ids] [-- reason]`, written in an
 * HTML comment in the markdown, or in a `#` / `//` line comment inside a code block.
 */
const KIND = '(disable-next-line|disable-line|disable|enable)';
const BODY = `design-check-${KIND}(?:\\s+([\\s\\S]*))?`;

/** The kinds of directive. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** A directive's body (the text of its comment) read: its kind and the ids it names. */
export function parseDirectiveBody(body: string): { kind: DirectiveKind; ids: string[] } | undefined {
  const m = new RegExp(`^${BODY}$`).exec(body.trim());
  if (!m) return undefined;
  // `-- reason` after the ids is a free comment, as in ESLint.
  const list = (m[2] ?? '').split(/\s--\s|^--\s|\s--$|^--$/)[0];
  return { kind: m[1] as DirectiveKind, ids: list.split(/[\s,]+/).filter(Boolean) };
}

/** A markdown line that holds only a directive comment (`<!-- design-check-… -->`). */
export const DIRECTIVE_LINE = new RegExp(`^\\s*<!--\\s*(design-check-${KIND}\\b[\\s\\S]*?)\\s*-->\\s*$`);

/** A `#` or `//` line comment in a code block that holds a directive; group 2 is its body. */
export const CODE_DIRECTIVE = new RegExp(`(^|\\s)(?:#|//)\\s*(design-check-${KIND}(?:\\s.*)?)$`);
