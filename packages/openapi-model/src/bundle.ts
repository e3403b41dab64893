import { isRemote } from '@design-check/core';
import type { JsonPath } from './types.js';
import { isObj } from './merge.js';
import { isLiteral, toPointer } from './refs.js';
import { fileTarget, valueAt, type ExternalFile } from './external.js';

/** A part of the bundled description that came from a referenced file. */
export interface Region {
  /** Where the content sits in the bundled description. */
  at: JsonPath;
  file: ExternalFile;
  /** Where the content is in the file. */
  pointer: JsonPath;
  /** Path (in the merged description) of the document's own `$ref` object through which it was reached. */
  via: JsonPath;
}

/** The merged description with the content of referenced files in place of their `$ref`s. */
export interface Bundled {
  description: Record<string, unknown>;
  regions: Region[];
}

interface Walk {
  files: Map<string, ExternalFile>;
  projectRoot: string;
  docPath: string;
  placed: Map<string, JsonPath>;
  regions: Region[];
}

/** Replace `holder[key]`, a `$ref` object, by the content it names in a file; true when done. */
function inline(w: Walk, holder: Record<string, unknown>, key: string, path: JsonPath, from: string, via: JsonPath | undefined, depth: number): boolean {
  const ref = (holder[key] as Record<string, unknown>).$ref as string;
  if ((from === w.docPath && ref.startsWith('#')) || isRemote(ref)) return false;
  const target = ref.startsWith('#') ? { path: from, pointer: fileTarget(ref, from, w.projectRoot).pointer, inside: true } : fileTarget(ref, from, w.projectRoot);
  const id = `${target.path}${toPointer(target.pointer)}`;
  const placed = w.placed.get(id);
  if (placed) {
    holder[key] = { $ref: toPointer(placed) };
    return true;
  }
  const file = target.inside ? w.files.get(target.path) : undefined;
  const content = file && !file.problem ? valueAt(file, target.pointer) : undefined;
  if (!file || content === undefined) return false;
  w.placed.set(id, path);
  w.regions.push({ at: path, file, pointer: target.pointer, via: via ?? path });
  holder[key] = structuredClone(content);
  visit(w, holder[key], path, target.path, via ?? path, depth + 1);
  return true;
}

function visit(w: Walk, node: unknown, path: JsonPath, from: string, via: JsonPath | undefined, depth: number): void {
  if (depth > 200 || !node || typeof node !== 'object') return;
  const entries: Array<[string, unknown]> = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
  for (const [k, v] of entries) {
    if (!Array.isArray(node) && (k === '$ref' || isLiteral(path, k, v))) continue;
    const child = [...path, Array.isArray(node) ? Number(k) : k];
    const container = node as Record<string, unknown>;
    if (isObj(v) && typeof v.$ref === 'string' && inline(w, container, k, child, from, via, depth)) continue;
    visit(w, v, child, from, via, depth + 1);
  }
}

/**
 * Bundle the referenced files into a copy of the merged description, as `redocly bundle`
 * does: each file `$ref` (and each `$ref` inside a file) is replaced by the content it names;
 * a part placed once is referenced by a local pointer after that, so recursion stays legal.
 * Refs to files that could not be read stay as they are.
 */
export function bundle(description: Record<string, unknown>, files: Map<string, ExternalFile>, docPath: string, projectRoot: string): Bundled {
  if (files.size === 0) return { description, regions: [] };
  const w: Walk = { files, projectRoot, docPath, placed: new Map(), regions: [] };
  const copy = structuredClone(description);
  visit(w, copy, [], docPath, undefined, 0);
  return { description: copy, regions: w.regions };
}

/** The region of the bundled description that holds `path` (the innermost), if any. */
export function regionOf(bundled: Bundled, path: JsonPath): Region | undefined {
  let best: Region | undefined;
  for (const r of bundled.regions) {
    if (r.at.length <= path.length && r.at.every((s, i) => String(s) === String(path[i])) && (!best || r.at.length > best.at.length)) best = r;
  }
  return best;
}
