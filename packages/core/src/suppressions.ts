import type { DesignDoc } from './model/document.js';
import type { Diagnostic } from './types.js';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

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

const DIRECTIVE = /^design-check-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** Read the `<!-- design-check-… -->` directives of a document. */
export function readDirectives(doc: DesignDoc): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    // `-- reason` after the ids is a free comment, as in ESLint.
    const list = (m[2] ?? '').split(/\s--\s|^--\s/)[0];
    const ids = list.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Kind, ids, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, used: false });
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
