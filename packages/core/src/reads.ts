import { resolve } from 'node:path';
import type { DesignDoc } from './model/document.js';

const reads = new WeakMap<DesignDoc, Set<string>>();

/**
 * Record that checking `doc` read, or looked for, the file or folder at `path` (an Outcome
 * Contract, a linked file, a `$ref`'d file, an engine config that may not exist). A cache of
 * results (the CLI's `--cache`) holds a result only while every such path is as it was: a rule
 * that reads a file without noting it would be served a stale result.
 */
export function noteRead(doc: DesignDoc, path: string): void {
  let set = reads.get(doc);
  if (!set) reads.set(doc, (set = new Set()));
  set.add(resolve(path));
}

/** Every path noted for `doc` with {@link noteRead}, in the order first noted. */
export function readsOf(doc: DesignDoc): string[] {
  return [...(reads.get(doc) ?? [])];
}
