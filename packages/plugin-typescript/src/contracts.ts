import type { DesignDoc, Location, Table } from '@design-check/core';
import { SECTION, tablesOf } from '@design-check/core';

/** A type that an Interface Contracts cell names in code form. */
export interface NamedType {
  name: string;
  /** The header of the column that names it (`Contract`). */
  header: string;
  /** The code span, backticks included. */
  at: Location;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

// TypeScript's own types that a contract may name (`Record<string, Money>`, `Promise<Refund>`).
const BUILT_IN = new Set(['Array', 'ReadonlyArray', 'Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Promise', 'Map', 'Set', 'Date', 'Exclude', 'Extract', 'NonNullable', 'ReturnType', 'Uint8Array', 'String', 'Number', 'Boolean', 'Object']);
const TYPE_LIKE = /^[A-Z][A-Za-z0-9]*(?:<[A-Za-z0-9_, <>[\]|]*>)?(?:\[\])?$/;
// A cell that names an interface defined elsewhere: `Existing PayoutBatch file, unchanged`.
const ELSEWHERE = /\b(?:existing|unchanged|legacy|as[- ]is)\b/i;
// `Name`: field, field… or `Name` (field, field): the table itself lists the type's fields.
const FIELD_LIST = /^\s*(?::|\(|—|–|-|with(?: the)?(?: fields?)?)\s*[a-z_][\w.]*(?:\s*[,;/]\s*(?:and\s+)?[a-z_][\w.]*)+/;

/** The code spans of a cell (inside emphasis too, not inside links), each with the node after it. */
function codeSpans(node: MdNode): Array<[MdNode, MdNode | undefined]> {
  const out: Array<[MdNode, MdNode | undefined]> = [];
  const kids = node.children ?? [];
  kids.forEach((kid, i) => {
    if (kid.type === 'inlineCode') out.push([kid, kids[i + 1]]);
    else if (kid.type !== 'link' && kid.type !== 'linkReference') out.push(...codeSpans(kid));
  });
  return out;
}

/** The Interface Contracts tables with an Interface or a Contract column. */
export function contractTables(doc: DesignDoc): Table[] {
  return tablesOf(doc, SECTION.interfaceContracts).filter((t) => t.columnIndex('Interface') >= 0 || t.columnIndex('Contract') >= 0);
}

/** True when a name is written like a type that a design declares: `RefundCreatedEvent`. */
export function compound(name: string): boolean {
  return /[a-z]/.test(name) && (name.match(/[A-Z]/g) ?? []).length >= 2;
}

/** Every type that the Interface and Contract cells of the tables name in code form. */
export function namedTypes(tables: Table[]): NamedType[] {
  const out: NamedType[] = [];
  for (const table of tables) {
    for (const header of ['Interface', 'Contract']) {
      const i = table.columnIndex(header);
      if (i < 0) continue;
      const headerText = table.header[i].text;
      for (const row of table.rows) {
        const cell = row.node.children[i] as unknown as MdNode | undefined;
        if (!cell || ELSEWHERE.test(row.cells[i]?.text ?? '')) continue;
        for (const [node, next] of codeSpans(cell)) {
          if (!node.position || !TYPE_LIKE.test(node.value ?? '')) continue;
          if (next?.type === 'text' && FIELD_LIST.test(next.value ?? '')) continue;
          const { start, end } = node.position;
          for (const name of new Set((node.value ?? '').match(/[A-Z][A-Za-z0-9]*/g) ?? [])) {
            if (!BUILT_IN.has(name)) out.push({ name, header: headerText, at: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } });
          }
        }
      }
    }
  }
  return out;
}

/**
 * Names that the document's other schema languages declare: protobuf messages, enums and
 * services; GraphQL types; Avro records and JSON Schema titles; AsyncAPI schemas and messages.
 * Read by pattern, for a lookup of names only.
 */
export function schemaBlockNames(doc: DesignDoc): string[] {
  const out: string[] = [];
  const grab = (text: string, re: RegExp) => out.push(...[...text.matchAll(re)].map((m) => m[1]));
  for (const b of doc.codeBlocksOf('protobuf')) grab(b.value, /\b(?:message|enum|service)\s+([A-Za-z_]\w*)/g);
  for (const b of doc.codeBlocksOf('graphql')) grab(b.value, /\b(?:type|input|enum|interface|union|scalar)\s+([A-Za-z_]\w*)/g);
  for (const b of doc.codeBlocksOf('json')) grab(b.value, /"(?:name|title)"\s*:\s*"([A-Za-z_]\w*)"/g);
  for (const b of doc.codeBlocksOf('yaml')) if (/^asyncapi\s*:/m.test(b.value)) grab(b.value, /^[ \t]+([A-Z]\w*)\s*:/gm);
  return out;
}
