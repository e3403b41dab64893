import type { DesignDoc } from './model/document.js';
import type { Comment } from './model/nodes.js';
import type { Diagnostic } from './types.js';
import { CODE_DIRECTIVE, parseDirectiveBody, type DirectiveKind as Kind } from './directive-grammar.js';

/** One inline directive comment. */
export interface Directive {
  kind: Kind;
  /** Rule ids, source ids or plugin names; empty means every rule. */
  ids: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  used: boolean;
}

/**
 * Directives written as line comments inside code blocks (`# design-check-disable-next-line x`
 * in YAML, `// …` in JSON5 or TypeScript): a finding inside a fragment can be silenced where
 * it is, since an HTML comment cannot stand between two lines of a code block.
 */
export function codeCommentDirectives(doc: DesignDoc): Comment[] {
  const out: Comment[] = [];
  const starts: number[] = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) starts.push(m.index + m[0].length);
  const offsetOf = (p: { line: number; column: number }) => (starts[p.line - 1] ?? 0) + p.column - 1;
  for (const block of doc.codeBlocks) {
    block.lines.forEach((text, i) => {
      const m = CODE_DIRECTIVE.exec(text);
      if (!m) return;
      const at = block.toMarkdown(i + 1, m.index + m[1].length + 1);
      const end = block.toMarkdown(i + 1, text.length + 1);
      out.push({ line: at.line, column: at.column, endLine: end.line, endColumn: end.column, offset: offsetOf(at), endOffset: offsetOf(end), body: m[2].trim() });
    });
  }
  return out;
}

/** Read the directives of a document: `<!-- design-check-… -->` comments and code-block line comments. */
export function readDirectives(doc: DesignDoc): Directive[] {
  const out: Directive[] = [];
  const comments = [...doc.comments, ...codeCommentDirectives(doc)].sort((a, b) => a.offset - b.offset);
  for (const c of comments) {
    const parsed = parseDirectiveBody(c.body);
    if (parsed) out.push({ ...parsed, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, used: false });
  }
  return out;
}

function matches(ids: string[], d: Diagnostic): boolean {
  if (ids.length === 0) return true;
  return ids.some((id) => id === d.ruleId || id === d.source || d.ruleId.startsWith(`${id}/`));
}

/** The markdown line that a `disable-next-line` directive covers: the next line with text. */
function nextLine(doc: DesignDoc, after: number): number {
  let l = after + 1;
  while (l <= doc.lines.length && doc.lines[l - 1].trim() === '') l++;
  return l;
}

/**
 * Drop the diagnostics that directives suppress and mark those directives used.
 * Block directives act in document order: `disable` from its line on, `enable` after it.
 */
export function applyDirectives(doc: DesignDoc, directives: Directive[], diagnostics: Diagnostic[]): Diagnostic[] {
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.line - b.line || a.column - b.column);
  return diagnostics.filter((diag) => {
    for (const d of directives) {
      const covered =
        (d.kind === 'disable-next-line' && diag.line === nextLine(doc, d.endLine)) ||
        (d.kind === 'disable-line' && diag.line >= d.line && diag.line <= d.endLine);
      if (covered && matches(d.ids, diag)) {
        d.used = true;
        return false;
      }
    }
    let suppressor: Directive | undefined;
    for (const d of blocks) {
      if (d.line > diag.line || (d.line === diag.line && d.column > diag.column)) break;
      if (!matches(d.ids, diag)) {
        // `enable` with ids re-enables only those ids.
        continue;
      }
      suppressor = d.kind === 'disable' ? d : undefined;
    }
    if (suppressor) {
      suppressor.used = true;
      return false;
    }
    return true;
  });
}
