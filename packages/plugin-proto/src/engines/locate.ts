import { FRAGMENT } from '../outline/walk.js';
import type { DeclSite, ProtoProblem, Site } from '../types.js';
import { loc, pathIn, samePath, shownOwner, type BlockState } from './state.js';

/** What protobufjs expected, by the word of its `illegal <what>` message. */
const EXPECTED: Record<string, string> = {
  id: 'a field number',
  name: 'a name',
  'type name': 'a type name',
  'service name': 'a service name',
  type: 'a type',
  value: 'a value',
  number: 'a number',
  integer: 'an integer',
  syntax: '"proto2" or "proto3"',
  edition: 'a known edition',
  reference: 'a type reference',
  'end of input': 'the rest of the definition (a `}` or `;` is missing)',
};

/** A protobufjs syntax error (`illegal token '}', ';' expected (line 4)`) located in the markdown. */
export function syntaxProblem(s: BlockState, message: string): ProtoProblem | undefined {
  const line = /\(line (\d+)\)$/.exec(message);
  if (!/^illegal /.test(message) || !line) return undefined;
  const m = /^illegal ([a-z ]+?)(?: '(.*?)')?(?:, '(.*?)' expected)? \(line \d+\)$/s.exec(message);
  const what = m?.[1] ?? 'token';
  const token = m?.[2];
  const expected = m?.[3] !== undefined ? `'${m[3]}'` : (EXPECTED[what] ?? 'valid Protocol Buffers syntax');
  const lines = s.block.lines;
  const n = Math.min(Number(line[1]), lines.length);
  if (what === 'end of input' || token === undefined || token === 'null') {
    // The block ended inside a definition: point at the end of its last line with text.
    let last = n;
    while (last > 1 && !lines[last - 1].trim()) last--;
    const column = lines[last - 1].trimEnd().length + 1;
    return { kind: 'syntax', data: { token: what === 'end of input' ? 'end of the block' : what, expected }, at: s.block.toMarkdown(last, column) };
  }
  const text = lines[n - 1] ?? '';
  const code = text.split('//')[0];
  const col = code.indexOf(token) >= 0 ? code.indexOf(token) : text.search(/\S/);
  return { kind: 'syntax', data: { token: `'${token}'`, expected }, at: s.block.toMarkdown(n, Math.max(col, 0) + 1) };
}

type Sited = Site & { name?: string; number?: number; nameAt?: Site; numberAt?: Site; container?: string[]; path?: string[] };

const live = (s: BlockState) => (x: Site) => !s.blanked.has(x);
const byStart = (a: Site, b: Site) => a.start - b.start;

/** The place a problem is reported (the offender) and the first definition or `reserved` statement. */
interface Located {
  problem: ProtoProblem;
  /** What to blank out so that the parse can go on. */
  blank: Site;
}

/** The second of two definitions, reported with the first; a lone one only when the first may be in an earlier block. */
function pair(s: BlockState, list: Sited[], problem: (first: Sited | undefined, offender: Sited) => ProtoProblem, alone = false): Located | undefined {
  const sorted = list.filter(live(s)).sort(byStart);
  const offender = sorted[1] ?? (alone ? sorted[0] : undefined);
  return offender ? { problem: problem(sorted[1] ? sorted[0] : undefined, offender), blank: offender } : undefined;
}

/** The `reserved` statement of a container that covers a number or a name. */
function reservedFor(s: BlockState, container: string[], number?: number, name?: string) {
  return s.outline.reserved.find((r) => samePath(r.container, container) && (number !== undefined ? r.ranges.some(([a, b]) => number >= a && number <= b) : r.names.includes(name!)));
}

/**
 * Locate an error that protobufjs throws while adding a definition (`duplicate id 2 in Type
 * .acme.v1.Refund`) in the block being parsed, so that it can be reported and blanked out.
 * `earlier` are the blocks parsed before, where a first definition may be.
 */
export function locateAddError(s: BlockState, message: string, earlier: BlockState[]): Located | undefined {
  const m = /^(duplicate id|id|duplicate name|name) '?(.+?)'? (?:is reserved )?in (Type|Enum|Service|Namespace|Root)\s*(.*)$/.exec(message);
  if (!m) return undefined;
  const [, what, key, kind, owner] = m;
  const containers = kind === 'Root' || kind === 'Namespace' ? [pathIn(s, owner)].filter((p) => p !== undefined) : ownersNamed(s, owner, kind);
  for (const container of containers) {
    const found = locateIn(s, container, what, key, kind, earlier);
    if (found) return found;
  }
  return undefined;
}

/**
 * The paths of the messages, enums or services of a block that an owner in a protobufjs message
 * may be: a message is named by its own name only while it is being parsed (`Type Item` for
 * `Order.Item`), by its full name once added (`Type .acme.v1.Order.Item`).
 */
function ownersNamed(s: BlockState, owner: string, kind: string): string[][] {
  if (owner.replace(/^.*\./, '').startsWith(FRAGMENT)) return [[FRAGMENT]];
  const decl = kind === 'Type' ? 'message' : kind === 'Enum' ? 'enum' : 'service';
  const full = owner.startsWith('.') ? pathIn(s, owner) : undefined;
  return s.outline.decls.filter((d) => d.kind === decl && !s.blanked.has(d) && (full ? samePath(d.path, full) : d.name === owner)).map((d) => d.path);
}

function locateIn(s: BlockState, container: string[], what: string, key: string, kind: string, earlier: BlockState[]): Located | undefined {
  const ownerName = shownOwner(container) || s.pkg;
  const at = (x: Site | undefined) => (x ? loc(s, x.start) : undefined);
  const number = Number(key);
  if (kind === 'Type' && what === 'duplicate id') {
    const fields = s.outline.fields.filter((f) => !f.extend && samePath(f.container, container) && f.number === number);
    return pair(s, fields, (first, f) => ({ kind: 'numberReused', data: { number, field: f.name!, message: ownerName, first: first?.name ?? '' }, at: at(f.numberAt ?? f.nameAt)!, related: at(first?.nameAt) }));
  }
  if (kind === 'Enum' && what === 'duplicate id') {
    const values = s.outline.enumValues.filter((v) => samePath(v.container, container) && v.number === number);
    return pair(s, values, (first, v) => ({ kind: 'enumNumberReused', data: { number, value: v.name!, enum: ownerName, first: first?.name ?? '' }, at: at(v.numberAt ?? v.nameAt)!, related: at(first?.nameAt) }));
  }
  if (what === 'id' || what === 'name') {
    const list: Sited[] = kind === 'Type' ? s.outline.fields.filter((f) => !f.extend) : s.outline.enumValues;
    const hit = list.filter(live(s)).find((x) => samePath(x.container!, container) && (what === 'id' ? x.number === number : x.name === key));
    if (!hit) return undefined;
    const r = reservedFor(s, container, what === 'id' ? number : undefined, key);
    const problemKind = kind === 'Type' ? (what === 'id' ? 'numberReserved' : 'nameReserved') : what === 'id' ? 'enumNumberReserved' : 'enumNameReserved';
    const data: Record<string, string | number> = kind === 'Type' ? { number: hit.number ?? '', field: hit.name!, message: ownerName } : { number: hit.number ?? '', value: hit.name!, enum: ownerName };
    return { problem: { kind: problemKind, data, at: at(what === 'id' ? (hit.numberAt ?? hit.nameAt) : hit.nameAt)!, related: at(r) }, blank: hit };
  }
  // `duplicate name`: a field, nested type, oneof, enum value or rpc defined twice in its owner.
  const named = (x: Sited) => x.name === key;
  const path = [...container, key];
  const candidates: Sited[] = kind === 'Enum' ? s.outline.enumValues.filter((v) => samePath(v.container, container) && named(v))
    : kind === 'Service' ? s.outline.rpcs.filter((r) => samePath(r.container, container) && named(r))
    : [...s.outline.decls.filter((d) => samePath(d.path, path)), ...s.outline.fields.filter((f) => !f.extend && samePath(f.container, container) && named(f)), ...s.outline.oneofs.filter((o) => samePath(o.container, container) && named(o))];
  const describe = (x: Sited) => `${(x as DeclSite).kind ?? (kind === 'Enum' ? 'enum value' : kind === 'Service' ? 'rpc' : 'field')} ${kind === 'Namespace' || kind === 'Root' ? key : `${ownerName}.${key}`}`;
  const found = pair(s, candidates, (first, x) => ({ kind: 'duplicate', data: { what: describe(x) }, at: at(x.nameAt ?? x)!, related: at(first?.nameAt ?? first) }), kind === 'Namespace' || kind === 'Root');
  if (!found || found.problem.related) return found;
  // The first definition is in a block parsed before this one.
  for (const e of earlier) {
    const d = e.outline.decls.find((x) => !e.blanked.has(x) && samePath([e.pkg, ...x.path].filter(Boolean), [s.pkg, ...path].filter(Boolean)));
    if (d) return { ...found, problem: { ...found.problem, related: loc(e, d.nameAt.start) } };
  }
  return found;
}
