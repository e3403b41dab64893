import type { Fragment } from './parse.js';
import type { JsonPath } from './types.js';

/** Which fragment (and where in it) a part of the merged description comes from. */
export interface Owner {
  fragment: number;
  path: JsonPath;
}

/** A key that two fragments define with different content. */
export interface Conflict {
  /** Path in the merged description. */
  path: JsonPath;
  /** The later definition. */
  at: Owner;
  /** The definition that was kept. */
  first: Owner;
}

/** The description that all fragments of one document merge into. */
export interface Merged {
  description: Record<string, unknown>;
  owners: Map<string, Owner>;
  conflicts: Conflict[];
}

/** HTTP methods of a path item. */
export const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

type Obj = Record<string, unknown>;

// Keys that describe a whole API: two fragments of two services may differ here; the first wins.
const SOFT = new Set(['info', 'servers', 'externalDocs']);

/** True for a plain JSON object (not an array, not null). */
export function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality of two JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || !a || !b || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Obj);
  const kb = Object.keys(b as Obj);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b as Obj, k) && deepEqual((a as Obj)[k], (b as Obj)[k]));
}

/** The key of a path in the owner map. */
export function pathKey(path: JsonPath): string {
  return path.map(String).join('\u0000');
}

/** The fragment that wrote `path` (its longest owned prefix), and the path inside that fragment. */
export function ownerIn(owners: Map<string, Owner>, path: JsonPath): Owner | undefined {
  for (let n = path.length; n >= 1; n--) {
    const owner = owners.get(pathKey(path.slice(0, n)));
    if (owner) return { fragment: owner.fragment, path: [...owner.path, ...path.slice(n)] };
  }
  return undefined;
}

class Merger {
  readonly root: Obj = {};
  readonly owners = new Map<string, Owner>();
  readonly conflicts: Conflict[] = [];

  private container(path: JsonPath): Obj | undefined {
    let cur: unknown = this.root;
    for (const seg of path) cur = isObj(cur) || Array.isArray(cur) ? (cur as Obj)[seg] : undefined;
    return isObj(cur) ? cur : undefined;
  }

  /** Put `value` at `path` unless an equal value is there; a different one is a conflict. */
  place(path: JsonPath, value: unknown, at: Owner): void {
    const parent = this.container(path.slice(0, -1));
    const key = String(path[path.length - 1]);
    if (!parent) return;
    if (!Object.hasOwn(parent, key)) {
      parent[key] = value;
      this.owners.set(pathKey(path), at);
    } else if (!deepEqual(parent[key], value)) {
      this.conflicts.push({ path, at, first: ownerIn(this.owners, path) ?? at });
    }
  }

  /** Make `path` an object (owned by its first author); false when another value is there. */
  ensure(path: JsonPath, at: Owner): boolean {
    const parent = this.container(path.slice(0, -1));
    const key = String(path[path.length - 1]);
    if (!parent) return false;
    if (!Object.hasOwn(parent, key)) {
      parent[key] = {};
      this.owners.set(pathKey(path), at);
      return true;
    }
    return isObj(parent[key]);
  }

  /** Merge a map of maps (paths, webhooks, components) two levels deep. */
  mergeNested(base: JsonPath, value: unknown, fragment: number, levels: number): void {
    const at = { fragment, path: base };
    if (!isObj(value) || !this.ensure(base, at)) return this.place(base, value, at);
    for (const [k, v] of Object.entries(value)) {
      const path = [...base, k];
      if (levels > 1) this.mergeNested(path, v, fragment, levels - 1);
      else this.place(path, v, { fragment, path });
    }
  }

  mergeTags(value: unknown, fragment: number): void {
    const at = { fragment, path: ['tags'] };
    if (!Array.isArray(value)) return this.place(['tags'], value, at);
    if (!Object.hasOwn(this.root, 'tags')) {
      this.root.tags = [];
      this.owners.set(pathKey(['tags']), at);
    }
    const tags = this.root.tags;
    if (!Array.isArray(tags)) return this.place(['tags'], value, at);
    value.forEach((tag, i) => {
      const src = { fragment, path: ['tags', i] };
      const j = isObj(tag) ? tags.findIndex((t) => isObj(t) && t.name === tag.name) : -1;
      if (j < 0 || !isObj(tag)) {
        this.owners.set(pathKey(['tags', tags.length]), src);
        tags.push(tag);
        return;
      }
      for (const [k, v] of Object.entries(tag)) this.place(['tags', j, k], v, { fragment, path: ['tags', i, k] });
    });
  }
}

/** `3.0.1` and `3.0.3` describe the same language: two fragments may differ there. */
function sameMinor(a: unknown, b: unknown): boolean {
  const minor = (v: unknown) => (typeof v === 'string' ? /^(\d+\.\d+)\.\d+$/.exec(v.trim())?.[1] : undefined);
  return minor(a) !== undefined && minor(a) === minor(b);
}

function usesOas31(value: unknown, depth = 0): boolean {
  if (depth > 64 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => usesOas31(v, depth + 1));
  const o = value as Obj;
  if (Array.isArray(o.type)) return true;
  return Object.values(o).some((v) => usesOas31(v, depth + 1));
}

/**
 * Merge the usable fragments into one description: `paths` and `webhooks` per operation,
 * every `components` map per name, `tags` per name, other top-level keys whole. A key that
 * a later fragment defines with different content is a conflict (the first one is kept).
 * `info` and `openapi` are synthesised when no fragment gives them.
 */
export function mergeFragments(fragments: Fragment[], info: { title: string; version: string }): Merged {
  const m = new Merger();
  for (const f of fragments) {
    if (!f.value || f.problem) continue;
    for (const [key, value] of Object.entries(f.value)) {
      if (key === 'paths' || key === 'webhooks') m.mergeNested([key], value, f.index, 2);
      else if (key === 'components') m.mergeNested([key], value, f.index, 2);
      else if (key === 'tags') m.mergeTags(value, f.index);
      else if (SOFT.has(key) && Object.hasOwn(m.root, key)) continue;
      else if (key === 'openapi' && sameMinor(m.root.openapi, value)) continue;
      else m.place([key], value, { fragment: f.index, path: [key] });
    }
  }
  const { openapi, info: given, ...rest } = m.root;
  const any31 = 'webhooks' in rest || 'jsonSchemaDialect' in rest || usesOas31(rest.components) || usesOas31(rest.paths);
  const description: Obj = {
    openapi: openapi ?? (any31 ? '3.1.0' : '3.0.3'),
    info: given ?? { title: info.title || 'Technical design', version: info.version || '0.0.0' },
    ...rest,
  };
  // OpenAPI 3.0 requires `paths`; a components-only fragment should not be faulted for it.
  if (!('paths' in description)) description.paths = {};
  return { description, owners: m.owners, conflicts: m.conflicts };
}
