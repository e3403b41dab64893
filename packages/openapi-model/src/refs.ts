import { editDistance, isRemote } from '@design-check/core';
import type { OpenApiModel } from './model.js';
import { isObj } from './merge.js';
import type { JsonPath } from './types.js';
import { getAt, parsePointer } from './locate.js';

/** A `$ref` written in a fragment. */
export interface RefSite {
  fragment: number;
  /** Path of the `$ref` key inside the fragment (ends with `'$ref'`). */
  path: JsonPath;
  ref: string;
  /** `empty`: a `$ref` key without a string value (`$ref: #/a` is a YAML comment). */
  kind: 'local' | 'remote' | 'file' | 'empty';
}

// Keys whose values are literal data, where a `$ref` key is not a reference.
const LITERAL = new Set(['example', 'default', 'enum', 'const']);
// Maps whose keys are names (of properties, components, media types…), never keywords: a
// property called `default` or `example` is a schema like any other.
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas',
  'schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems',
  'content', 'encoding', 'paths', 'webhooks',
]);

/**
 * True when `key` of the object at `path` holds literal data (an example, a default, an enum,
 * a const), where a `$ref` key is data and not a reference.
 */
export function isLiteral(path: JsonPath, key: string, value: unknown): boolean {
  const parent = path[path.length - 1];
  if (typeof parent === 'string' && NAME_MAPS.has(parent) && path[path.length - 2] !== 'properties') return false;
  if (LITERAL.has(key)) return true;
  // JSON Schema `examples` is an array of values; OpenAPI `examples` is a map of Example Objects.
  if (key === 'examples' && Array.isArray(value)) return true;
  return key === 'value' && path[path.length - 2] === 'examples';
}

/** True when a path of the description passes through literal data (see {@link isLiteral}). */
export function inLiteral(description: unknown, path: JsonPath): boolean {
  let cur: unknown = description;
  for (let i = 0; i < path.length; i++) {
    if (!isObj(cur) && !Array.isArray(cur)) return false;
    const key = String(path[i]);
    const next = (cur as Record<string, unknown>)[key];
    if (isObj(cur) && isLiteral(path.slice(0, i), key, next)) return true;
    cur = next;
  }
  return false;
}

/** Every `$ref` string of a JSON value (refs inside literal data left out). */
export function refsIn(value: unknown): string[] {
  const out: string[] = [];
  walk(value, [], (_, ref) => typeof ref === 'string' && out.push(ref), 0);
  return out;
}

/** Call `out` with the path of each `$ref` key of a JSON value (refs inside literal data left out). */
export function walk(value: unknown, path: JsonPath, out: (path: JsonPath, ref: unknown) => void, depth: number): void {
  if (depth > 200 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], out, depth + 1));
    return;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.$ref === 'string' || obj.$ref === null) out([...path, '$ref'], obj.$ref);
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$ref' || isLiteral(path, k, v)) continue;
    walk(v, [...path, k], out, depth + 1);
  }
}

/** Classify a `$ref`: a pointer into this description, a URL, or a file. */
export function refKind(ref: string): RefSite['kind'] {
  if (ref.startsWith('#')) return 'local';
  return isRemote(ref) ? 'remote' : 'file';
}

/** The document's first `$ref` site whose value is `ref` (as written). */
export function siteOf(model: OpenApiModel, ref: string): RefSite | undefined {
  return refSites(model).find((s) => s.ref === ref);
}

/** Every `$ref` of the usable fragments, in fragment and document order (memoised on the model). */
export function refSites(model: OpenApiModel): RefSite[] {
  const cache = model as OpenApiModel & { _refs?: RefSite[] };
  if (cache._refs) return cache._refs;
  const out: RefSite[] = [];
  for (const f of model.usable) {
    walk(f.value, [], (path, ref) => out.push(typeof ref === 'string' ? { fragment: f.index, path, ref, kind: refKind(ref) } : { fragment: f.index, path, ref: '', kind: 'empty' }), 0);
  }
  cache._refs = out;
  return out;
}

/** Where a local pointer stops resolving: the missing segment and the keys that exist there. */
export interface Unresolved {
  missing: string;
  container: JsonPath;
  existing: string[];
}

/** Resolve a local `#/…` pointer in `description`; undefined when it resolves. */
export function unresolved(description: unknown, ref: string): Unresolved | undefined {
  const path = parsePointer(ref);
  let cur: unknown = description;
  for (let i = 0; i < path.length; i++) {
    const seg = String(path[i]);
    const here = isObj(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>) : undefined;
    if (!here || !Object.hasOwn(here, seg)) {
      return { missing: seg, container: path.slice(0, i), existing: here && !Array.isArray(here) ? Object.keys(here) : [] };
    }
    cur = here[seg];
  }
  return undefined;
}

/** The existing name closest to `name` (case-insensitive edit distance), if it is close enough. */
export function nearestName(name: string, names: string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const l = n.toLowerCase();
    const d = l === lower ? 0 : l.startsWith(lower) || lower.startsWith(l) ? Math.abs(l.length - lower.length) / 2 : editDistance(lower, l);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return bestD <= Math.max(1, Math.ceil(name.length * 0.4)) && bestD < name.length ? best : undefined;
}

/** Format a path as a `#/…` pointer. */
export function toPointer(path: JsonPath): string {
  if (path.length === 0) return '#';
  return `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** A `$ref` cycle that never reaches a value: each member is an object whose `$ref` names the next. */
export interface RefCycle {
  /** Paths of the members in the merged description, in reference order, the first written first. */
  members: JsonPath[];
}

function localRef(value: unknown): string | undefined {
  return isObj(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#/') ? value.$ref : undefined;
}

/**
 * Every pure `$ref` cycle of the merged description (`Amount: {$ref: Money}`, `Money: {$ref:
 * Amount}`), once each. A recursive schema whose `$ref` sits inside a schema (a tree node with
 * `children: {items: {$ref: Node}}`) is legal and is no cycle here. Memoised on the model.
 */
export function refCycles(model: OpenApiModel): RefCycle[] {
  const cache = model as OpenApiModel & { _cycles?: RefCycle[] };
  if (cache._cycles) return cache._cycles;
  const description = model.merged.description;
  const holders: JsonPath[] = [];
  walk(description, [], (path) => holders.push(path.slice(0, -1)), 0);
  const seen = new Set<string>();
  const out: RefCycle[] = [];
  for (const start of holders) {
    const chain: string[] = [];
    let path: JsonPath = start;
    for (let ref = localRef(getAt(description, path)); ref && chain.length < 64; ref = localRef(getAt(description, path))) {
      const key = toPointer(path);
      const at = chain.indexOf(key);
      if (at >= 0) {
        const members = chain.slice(at);
        const id = [...members].sort().join(' ');
        if (!seen.has(id)) {
          seen.add(id);
          out.push({ members: members.map(parsePointer) });
        }
        break;
      }
      chain.push(key);
      path = parsePointer(ref);
    }
  }
  for (const c of out) {
    const line = (p: JsonPath) => model.locate([...p, '$ref']).line;
    const first = c.members.reduce((best, p, i) => (line(p) < line(c.members[best]) ? i : best), 0);
    c.members = [...c.members.slice(first), ...c.members.slice(0, first)];
  }
  cache._cycles = out;
  return out;
}
