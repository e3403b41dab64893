/** The Security Controls of the template, read from a checklist, a plain list or a table. */
import { closestName, normalizeName, type DesignDoc, type Section, type Span, type Table } from '@design-check/core';
import { CONTROL_COLUMNS, resolveColumns } from './columns.js';

/** The six controls of the template, in its order. */
export const CONTROLS = ['Authentication', 'Authorization', 'Input validation', 'Data encryption', 'Audit logging', 'Rate limiting'] as const;

/** One control of the template. */
export type ControlName = (typeof CONTROLS)[number];

/** How an item may name each control (normalised), the template's name first. */
const CONTROL_NAMES: Record<ControlName, string[]> = {
  Authentication: ['authentication', 'authn'],
  Authorization: ['authorization', 'authorisation', 'authz', 'access control'],
  'Input validation': ['input validation', 'request validation', 'input sanitization', 'input sanitisation', 'validation'],
  'Data encryption': ['data encryption', 'encryption'],
  'Audit logging': ['audit logging', 'audit logs', 'audit log', 'audit trail', 'auditing'],
  'Rate limiting': ['rate limiting', 'rate limits', 'rate limit', 'throttling'],
};

/** One item of the Security Controls section. */
export interface ControlItem {
  /** The template control the item is, or undefined for another control (`Secrets management`). */
  control?: ControlName;
  /** The item's name as written, up to the description (`Authentication`, `Authentification`). */
  label: string;
  /** What the item says after its name. */
  description: string;
  /** The description as written in markdown (`_(describe limits)_`). */
  rawDescription: string;
  /** Ticked (`- [x]`), unticked (`- [ ]`), or undefined for a plain bullet or a table without a status. */
  checked?: boolean;
  /** The item's words are struck through: the control was ruled out on purpose. */
  struck: boolean;
  /** Where the item is (the list item or the table row). */
  at: Span;
}

interface MdNode {
  type: string;
  value?: string;
  checked?: boolean | null;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: MdNode[];
}

/** Plain text of a node; `live` leaves struck-through text out. */
function textOf(node: MdNode, live: boolean): string {
  if (live && node.type === 'delete') return '';
  if (node.type === 'html') return ' ';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c, live)).join('');
}

const spanOf = (n: MdNode): Span => ({
  line: n.position!.start.line,
  column: n.position!.start.column,
  endLine: n.position!.end.line,
  endColumn: n.position!.end.column,
  offset: n.position!.start.offset ?? 0,
  endOffset: n.position!.end.offset ?? 0,
});

/** The template control an item's text starts with, and the rest of the text. */
function splitItem(text: string): { control?: ControlName; label: string; description: string } {
  const plain = text.replace(/\s+/g, ' ').trim();
  const norm = normalizeName(plain);
  for (const control of CONTROLS) {
    for (const name of CONTROL_NAMES[control]) {
      if (norm !== name && !norm.startsWith(`${name} `)) continue;
      // Cut the label at the separator after the name's last word, in the text as written.
      const words = name.split(' ').length;
      const re = new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${words - 1}}[\\p{L}\\p{N}]+`, 'u');
      const label = re.exec(plain)?.[0] ?? plain;
      return { control, label: label.replace(/^[^\p{L}\p{N}]+/u, ''), description: cleanDescription(plain.slice(label.length)) };
    }
  }
  const sep = /\s*(?::|\s[-–—]\s)\s*/.exec(plain);
  const label = (sep ? plain.slice(0, sep.index) : plain).replace(/^[^\p{L}\p{N}]+/u, '');
  return { label, description: sep ? cleanDescription(plain.slice(sep.index)) : '' };
}

/** The end of an item's markdown that holds its description (the description's length, markup included). */
function rawTail(raw: string, description: string): string {
  if (!description) return '';
  const sep = /(?::|\s[-–—]\s)/.exec(raw);
  return (sep ? raw.slice(sep.index + sep[0].length) : raw).trim();
}

const cleanDescription = (rest: string) => rest.replace(/^[\s*_:–—-]+/, '').trim();

/** The items of a controls section: checklist items, plain bullets (top level) or table rows. */
export function readControls(doc: DesignDoc, section: Section, tables: Table[]): ControlItem[] {
  const out: ControlItem[] = [];
  const visit = (node: MdNode, inItem: boolean) => {
    for (const child of node.children ?? []) {
      const line = child.position?.start.line ?? 0;
      if (line < section.line || line > section.lastLine) continue;
      if (child.type === 'listItem' && !inItem) {
        const first = child.children?.[0];
        const full = first ? textOf(first, false) : '';
        const live = first ? textOf(first, true) : '';
        // As structure/approved-complete reads it: struck through, with at most an `N/A` note after.
        const struck = full !== live && /^[\s(:;,.—–-]*(?:n\/?a\b.*)?$/i.test(live.trim());
        const raw = first?.position ? doc.text.slice(first.position.start.offset, first.position.end.offset) : '';
        const item = splitItem(full);
        out.push({ ...item, rawDescription: rawTail(raw, item.description), checked: typeof child.checked === 'boolean' ? child.checked : undefined, struck, at: spanOf(child) });
        continue;
      }
      visit(child, inItem || child.type === 'listItem');
    }
  };
  visit(doc.root as unknown as MdNode, false);
  for (const table of tables) {
    const col = resolveColumns(table, CONTROL_COLUMNS);
    if (col.control < 0) continue;
    for (const row of table.rows) {
      const name = row.cells[col.control]?.text ?? '';
      const item = splitItem(`${name}: ${col.description >= 0 ? row.cells[col.description]?.text ?? '' : ''}`);
      const status = col.status >= 0 ? row.cells[col.status]?.text ?? '' : undefined;
      const checked = status === undefined ? undefined : /^\W*(?:yes|y|done|implemented|in place|ticked|complete[d]?|✅|✔|☑|\[x\])/iu.test(status);
      const rawDescription = col.description >= 0 ? row.cells[col.description]?.raw ?? '' : '';
      out.push({ ...item, rawDescription, checked, struck: false, at: { ...row.cells[0], line: row.line, column: row.column } });
    }
  }
  return out;
}

/** The template control that an unrecognised label was probably meant to be (`Authentification`). */
export function misnamedControl(label: string): ControlName | undefined {
  // Every name of every control (`Encription` is one letter from `encryption`), short ones left out.
  const names = CONTROLS.flatMap((c) => CONTROL_NAMES[c].filter((n) => n.length >= 6));
  const near = closestName(normalizeName(label), names, 3);
  return near ? CONTROLS.find((c) => CONTROL_NAMES[c].includes(near)) : undefined;
}

/** True when a control's description says it does not apply (`N/A`, `none`, `not needed`). */
export function deniesControl(description: string): boolean {
  return /^(?:n\/?a\b|none\b|not (?:applicable|needed|required|in scope)|no\b|out of scope|does not apply|not used)/i.test(description.trim());
}
