import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Location } from '@design-check/core';
import type { Fragment } from './parse.js';
import { isObj } from './merge.js';
import type { JsonPath } from './types.js';

interface Step {
  node: unknown;
  /** The pair whose key led to `node`, or the sequence item itself. */
  anchor?: Pair | Node;
}

function deref(node: unknown, y: Document.Parsed, depth = 0): unknown {
  let cur = node;
  while (isAlias(cur) && depth++ < 32) cur = cur.resolve(y);
  return cur;
}

function findPair(map: unknown, seg: string, y: Document.Parsed, depth = 0): Pair | undefined {
  const m = deref(map, y);
  if (!isMap(m) || depth > 8) return undefined;
  const direct = m.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
  if (direct) return direct;
  // `<<: *base` merge keys: look in the merged maps, last one wins as in `yaml`.
  for (const p of m.items) {
    if (!isScalar(p.key) || p.key.value !== '<<') continue;
    const v = deref(p.value, y);
    const sources = isSeq(v) ? v.items : [v];
    for (const s of sources) {
      const hit = findPair(s, seg, y, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Walk a fragment's yaml tree along `path`; the last step is the deepest node that exists. */
export function walkYaml(y: Document.Parsed, path: JsonPath): Step {
  let step: Step = { node: y.contents };
  for (const seg of path) {
    const cur = deref(step.node, y);
    if (isMap(cur)) {
      const pair = findPair(cur, String(seg), y);
      if (!pair) break;
      step = { node: pair.value, anchor: pair };
    } else if (isSeq(cur)) {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const item = cur.items[i] as Node | undefined;
      if (!item) break;
      step = { node: item, anchor: item };
    } else {
      break;
    }
  }
  return step;
}

/** The offset of `path` in a yaml document's text: the key of the deepest existing pair. */
export function yamlOffset(y: Document.Parsed, path: JsonPath): number {
  const { anchor, node } = walkYaml(y, path);
  if (anchor && isPair(anchor)) return (anchor.key as Node | null)?.range?.[0] ?? 0;
  return ((anchor ?? node) as Node | null)?.range?.[0] ?? 0;
}

/** The markdown location of `path` inside one fragment: the key of the deepest existing pair. */
export function locateInFragment(f: Fragment, path: JsonPath): Location {
  const block = f.block;
  if (!f.yaml) return block.toMarkdown(1, 1);
  const { anchor, node } = walkYaml(f.yaml, path);
  let start: number;
  let end: number | undefined;
  if (anchor && isPair(anchor)) {
    const key = anchor.key as Node | null;
    start = key?.range?.[0] ?? 0;
    const value = deref(anchor.value, f.yaml);
    end = isScalar(value) && value.range ? value.range[1] : key?.range?.[1];
  } else if (anchor) {
    const a = anchor as Node;
    start = a.range?.[0] ?? 0;
    end = isScalar(a) && a.range ? a.range[1] : undefined;
  } else {
    start = (node as Node | null)?.range?.[0] ?? 0;
  }
  const s = block.offsetToMarkdown(start);
  if (end === undefined || end <= start) return s;
  const e = block.offsetToMarkdown(end);
  return e.line === s.line ? { ...s, endLine: e.line, endColumn: e.column } : s;
}

/**
 * The markdown location of `needle` inside the key (or scalar) at `path` of a fragment, e.g.
 * the `{id}` segment of a path template; the key's own location when it is not found.
 */
export function locateTextIn(f: Fragment, path: JsonPath, needle: string): Location {
  const whole = locateInFragment(f, path);
  if (!f.yaml) return whole;
  const { anchor } = walkYaml(f.yaml, path);
  const node = (anchor && isPair(anchor) ? anchor.key : anchor) as Node | undefined;
  const range = node?.range;
  if (!range) return whole;
  const i = f.block.value.slice(range[0], range[1]).indexOf(needle);
  if (i < 0) return whole;
  const s = f.block.offsetToMarkdown(range[0] + i);
  const e = f.block.offsetToMarkdown(range[0] + i + needle.length);
  return { ...s, endLine: e.line, endColumn: e.column };
}

/** Split a `#/a/b~1c` pointer into segments. */
export function parsePointer(pointer: string): JsonPath {
  const p = pointer.replace(/^#/, '');
  if (p === '' || p === '/') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => {
      const u = s.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        return decodeURIComponent(u);
      } catch {
        return u;
      }
    });
}

/**
 * Rewrite a path of the merged description so that it never passes through a local `$ref`:
 * an engine that reports inside a referenced schema is pointed at the component itself.
 */
export function followRefs(description: unknown, path: JsonPath): JsonPath {
  let out: JsonPath = [];
  let cur: unknown = description;
  let jumps = 0;
  for (const seg of path) {
    const key = String(seg);
    while (isObj(cur) && typeof cur.$ref === 'string' && key !== '$ref' && !Object.hasOwn(cur, key) && cur.$ref.startsWith('#/') && jumps++ < 32) {
      const target = parsePointer(cur.$ref);
      const resolved = getAt(description, target);
      if (resolved === undefined) break;
      out = target;
      cur = resolved;
    }
    out = [...out, seg];
    cur = isObj(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[key] : undefined;
  }
  return out;
}

/** The value at `path` of a JSON value, or undefined. */
export function getAt(value: unknown, path: JsonPath): unknown {
  let cur = value;
  for (const seg of path) {
    if (isObj(cur) || Array.isArray(cur)) cur = (cur as Record<string, unknown>)[String(seg)];
    else return undefined;
  }
  return cur;
}
