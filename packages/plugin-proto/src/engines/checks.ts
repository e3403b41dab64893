import { closestName } from '@design-check/core';
import protobuf from 'protobufjs';
import { MAX_FIELD_NUMBER } from '../outline/walk.js';
import type { ProtoMessage, ProtoProblem, Site } from '../types.js';
import { fullName, loc, samePath, shownField, shownOwner, type BlockState } from './state.js';

const SCALARS = new Set(Object.keys(protobuf.types.defaults).filter((t) => t !== 'undefined'));
/** Imports that bring options, not types that fields use. */
const OPTION_IMPORTS = /^google\/(?:protobuf|api|rpc)\//;
/** The field numbers that the Protocol Buffers implementation reserves for itself. */
const IMPLEMENTATION = [19_000, 19_999] as const;

/** Lower camel case, as the JSON mapping names a field (`refund_id` → `refundId`). */
export function jsonNameOf(name: string): string {
  return name.replace(/_+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

function lookup<T extends protobuf.ReflectionObject>(root: protobuf.Root, name: string, kind: new (...args: never[]) => T): T | undefined {
  const found = name ? root.lookup(`.${name}`) : root;
  return found instanceof kind ? found : undefined;
}

/** The type names a reference may resolve to; an unresolved reference is reported unless it may come from a file the document does not show. */
function unknownTypes(root: protobuf.Root, states: BlockState[]): ProtoProblem[] {
  const out: ProtoProblem[] = [];
  const declared = states.flatMap((s) => s.outline.decls.filter((d) => d.kind !== 'service').map((d) => d.path.join('.')));
  const broken = new Set(states.filter((s) => s.syntaxError).flatMap((s) => s.outline.decls.map((d) => d.name)));
  const foreign = states.some((s) => s.outline.imports.some((i) => !OPTION_IMPORTS.test(i)));
  const check = (s: BlockState, scope: string[], type: string, at: Site, usedBy: string) => {
    if (SCALARS.has(type)) return;
    const from = lookup(root, fullName(s, scope), protobuf.Namespace) ?? (scope.length ? undefined : root);
    if (!from) return;
    try {
      from.lookupTypeOrEnum(type);
      return;
    } catch {
      // Not found: reported below unless it may be defined in a file the document does not show.
    }
    const bare = type.replace(/^\./, '');
    const dot = bare.lastIndexOf('.');
    const last = bare.slice(dot + 1);
    // `google.type.Money`, `acme.common.v1.Money`: a package the document does not show.
    const ns = dot > 0 ? (type.startsWith('.') ? root.lookup(`.${bare.slice(0, dot)}`) : from.lookup(bare.slice(0, dot))) : undefined;
    if (dot > 0 && !ns) return;
    // A type declared in a block that does not parse to its end: that block's syntax error says why.
    if (broken.has(last)) return;
    const candidates = ns instanceof protobuf.Namespace ? ns.nestedArray.map((n) => n.name) : declared.map((d) => d.split('.').pop()!);
    const near = closestName(last, candidates, Math.max(2, Math.floor(last.length / 3)));
    if (foreign && dot < 0 && !near) return;
    const hint = near ? ` (did you mean '${dot > 0 ? `${bare.slice(0, dot)}.${near}` : near}'?)` : '';
    out.push({ kind: 'unknownType', data: { type, usedBy, hint }, at: loc(s, at.start) });
  };
  for (const s of states) {
    for (const f of s.outline.fields) if (!s.blanked.has(f)) check(s, f.container, f.type, f.typeAt, `field ${shownField(f.container, f.name)}`);
    for (const r of s.outline.rpcs) {
      if (s.blanked.has(r)) continue;
      if (r.request) check(s, r.container, r.request.type, r.request.at, `the request of rpc ${r.name}`);
      if (r.response) check(s, r.container, r.response.type, r.response.at, `the response of rpc ${r.name}`);
    }
  }
  return out;
}

/** Field numbers in 19000–19999, out of range, or reserved by a `reserved` statement after the field. */
function fieldNumbers(root: protobuf.Root, states: BlockState[]): ProtoProblem[] {
  const out: ProtoProblem[] = [];
  for (const s of states) {
    for (const f of s.outline.fields) {
      if (s.blanked.has(f) || f.extend || f.number === undefined) continue;
      const at = loc(s, (f.numberAt ?? f.nameAt).start);
      const data = { number: f.number, field: f.name, message: shownOwner(f.container) };
      if (f.number >= IMPLEMENTATION[0] && f.number <= IMPLEMENTATION[1]) out.push({ kind: 'numberImplementation', data, at });
      else if (f.number < 1 || f.number > MAX_FIELD_NUMBER) out.push({ kind: 'numberRange', data, at });
      const type = lookup(root, fullName(s, f.container), protobuf.Type);
      const reserved = (byNumber: boolean) => s.outline.reserved.find((r) => samePath(r.container, f.container) && (byNumber ? r.ranges.some(([a, b]) => f.number! >= a && f.number! <= b) : r.names.includes(f.name)));
      if (type?.isReservedId(f.number)) out.push({ kind: 'numberReserved', data, at, related: loc(s, reserved(true)?.start ?? f.start) });
      else if (type?.isReservedName(f.name)) out.push({ kind: 'nameReserved', data, at: loc(s, f.nameAt.start), related: loc(s, reserved(false)?.start ?? f.start) });
    }
  }
  return out;
}

/** Enums of proto3 whose first value is not zero. */
function enumZero(states: BlockState[]): ProtoProblem[] {
  const out: ProtoProblem[] = [];
  for (const s of states) {
    if (s.syntax !== 'proto3') continue;
    for (const d of s.outline.decls) {
      if (d.kind !== 'enum' || s.blanked.has(d)) continue;
      const first = s.outline.enumValues.filter((v) => samePath(v.container, d.path) && !s.blanked.has(v)).sort((a, b) => a.start - b.start)[0];
      if (first && first.number !== undefined && first.number !== 0) {
        out.push({ kind: 'enumFirstNotZero', data: { enum: d.path.join('.'), value: first.name, number: first.number, zero: `${d.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_UNSPECIFIED` }, at: loc(s, (first.numberAt ?? first.nameAt).start) });
      }
    }
  }
  return out;
}

// An import path that is not a path in the proto tree: absolute, from a home folder, with a
// scheme or a drive, or with a `..` segment (protoc refuses these too). Never read; reported.
const OUT_OF_TREE = /^(?:\/|~|[a-z][a-z0-9+.-]*:|\\)|(?:^|[/\\])\.\.(?:[/\\]|$)/i;

/** Imports whose path leaves the proto tree. */
function importPaths(states: BlockState[]): ProtoProblem[] {
  return states.flatMap((s) => s.outline.importSites.filter((i) => OUT_OF_TREE.test(i.path)).map((i) => ({ kind: 'importPath' as const, data: { path: i.path }, at: loc(s, i.at.start) })));
}

/** What the plugin checks on the parsed definitions. */
export function afterParse(root: protobuf.Root, states: BlockState[]): ProtoProblem[] {
  return [...importPaths(states), ...unknownTypes(root, states), ...fieldNumbers(root, states), ...enumZero(states)];
}

/** The messages of the blocks, with their fields and oneofs located, for comparison with the shared types. */
export function messagesOf(states: BlockState[]): ProtoMessage[] {
  const out: ProtoMessage[] = [];
  // A message of a block that does not parse is compared only when no other block defines it.
  const sound = new Set(states.filter((s) => !s.syntaxError).flatMap((s) => s.outline.decls.map((d) => fullName(s, d.path))));
  for (const s of states) {
    for (const d of s.outline.decls) {
      if (d.kind !== 'message' || s.blanked.has(d) || (s.syntaxError && sound.has(fullName(s, d.path)))) continue;
      // A field left out for its number is still a field of the message; one defined twice is not.
      const fields = s.outline.fields.filter((f) => !f.extend && !s.duplicates.has(f) && samePath(f.container, d.path));
      out.push({
        name: d.path.join('.'),
        at: loc(s, d.nameAt.start),
        elided: s.elisions.some((e) => e.start > d.start && e.end <= d.end),
        fields: fields.map((f) => ({ name: f.name, jsonName: f.jsonName ?? jsonNameOf(f.name), ...(f.oneof ? { oneof: f.oneof } : {}), repeated: f.label === 'repeated', map: f.map, at: loc(s, f.nameAt.start) })),
        oneofs: s.outline.oneofs.filter((o) => samePath(o.container, d.path)).map((o) => ({ name: o.name, at: loc(s, o.nameAt.start) })),
      });
    }
  }
  return out;
}
