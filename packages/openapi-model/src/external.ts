import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { isRemote, resolveLocal } from '@design-check/core';
import { flowTooDeepAt, isStackOverflow, shapeProblem, tooDeepAt, tooDeepMessage, tooDeepToParse, type Limits } from './parse.js';
import type { JsonPath } from './types.js';
import { parsePointer, yamlOffset } from './locate.js';
import { isObj } from './merge.js';
import { nearestName, refsIn } from './refs.js';

/** Why a referenced file cannot be used. */
export type ExternalProblemKind = 'missing' | 'notFile' | 'outside' | 'tooLarge' | 'syntax' | 'aliases' | 'circular' | 'tooDeep';

/** A file that a `$ref` of the document names, read (bounded) when it lies inside the project root. */
export interface ExternalFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, with `/`, for messages. */
  shown: string;
  text?: string;
  yaml?: Document.Parsed;
  value?: unknown;
  problem?: { kind: ExternalProblemKind; message: string; offset?: number };
  /** The document's own `$ref` (as written) through which the file was first reached. */
  via: string;
}

/** At most this many files are read for one document. */
export const MAX_EXTERNAL_FILES = 50;

/**
 * The file and the pointer inside it that a file `$ref` names, resolved from the file that holds
 * it. An absolute path is one of the file system (`/etc/passwd` is outside the project root).
 */
export function fileTarget(ref: string, fromFile: string, projectRoot: string): { path: string; pointer: JsonPath; inside: boolean } {
  const hash = ref.indexOf('#');
  const target = resolveLocal(ref, fromFile, projectRoot, 'filesystem');
  return { ...target, pointer: hash >= 0 ? parsePointer(ref.slice(hash)) : [] };
}

function shownPath(path: string, projectRoot: string): string {
  return relative(projectRoot, path).split(sep).join('/');
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** Read and parse one referenced file within the limits; every failure is a problem, not an exception. */
export function readExternal(path: string, projectRoot: string, limits: Limits, via: string): ExternalFile {
  const file: ExternalFile = { path, shown: shownPath(path, projectRoot), via };
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { ...file, problem: { kind: 'missing', message: 'no such file' } };
  }
  if (!stat.isFile()) return { ...file, problem: { kind: 'notFile', message: 'it is a folder, not a file' } };
  try {
    // A symbolic link inside the project may point out of it: the real file must be inside too.
    if (!isInside(realpathSync(path), realpathSync(projectRoot))) return { ...file, problem: { kind: 'outside', message: 'it links outside the project root' } };
  } catch {
    return { ...file, problem: { kind: 'missing', message: 'no such file' } };
  }
  if (stat.size > limits.maxFragmentBytes) {
    return { ...file, problem: { kind: 'tooLarge', message: `${stat.size} bytes, over the limit of ${limits.maxFragmentBytes}` } };
  }
  const text = readFileSync(path, 'utf8');
  if (tooDeepToParse(text, limits)) return { ...file, text, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset: flowTooDeepAt(text, limits.maxDepth) } };
  let yaml: Document.Parsed;
  try {
    yaml = parseDocument(text, { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    return { ...file, text, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset: flowTooDeepAt(text, limits.maxDepth) } };
  }
  const deep = yaml.errors.some(isStackOverflow) ? flowTooDeepAt(text, limits.maxDepth) : tooDeepAt(yaml, limits.maxDepth);
  if (deep !== undefined) return { ...file, text, yaml, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset: deep } };
  const err = yaml.errors[0];
  if (err) return { ...file, text, yaml, problem: { kind: 'syntax', message: err.message.split('\n')[0].replace(/:\s*$/, ''), offset: err.pos[0] } };
  try {
    const value = yaml.toJS({ maxAliasCount: limits.maxAliasCount });
    const shape = shapeProblem(value, limits.maxDepth);
    if (shape === 'circular') return { ...file, text, yaml, problem: { kind: 'circular', message: 'a YAML alias refers to the node that contains it' } };
    if (shape === 'tooDeep') return { ...file, text, yaml, problem: { kind: 'tooDeep', message: tooDeepMessage(limits) } };
    return { ...file, text, yaml, value };
  } catch (e) {
    const aliases = /Excessive alias count/.test((e as Error).message);
    const message = aliases ? `its YAML aliases expand to more than ${limits.maxAliasCount} nodes` : (e as Error).message.split('\n')[0];
    return { ...file, text, yaml, problem: { kind: aliases ? 'aliases' : 'syntax', message } };
  }
}

/**
 * Read every file that the document's file `$ref`s name inside the project root, and the files
 * those name in turn (at most {@link MAX_EXTERNAL_FILES}), keyed by absolute path. Nothing
 * outside the project root is read, nothing is fetched.
 */
export function loadExternals(refs: string[], docPath: string, projectRoot: string, limits: Limits): Map<string, ExternalFile> {
  const files = new Map<string, ExternalFile>();
  const queue = refs.map((ref) => ({ ref, from: docPath, via: ref }));
  while (queue.length && files.size < MAX_EXTERNAL_FILES) {
    const { ref, from, via } = queue.shift()!;
    if (ref.startsWith('#') || isRemote(ref)) continue;
    const target = fileTarget(ref, from, projectRoot);
    if (!target.inside || files.has(target.path)) continue;
    const file = readExternal(target.path, projectRoot, limits, via);
    files.set(target.path, file);
    if (file.value !== undefined) for (const r of refsIn(file.value)) queue.push({ ref: r, from: target.path, via });
  }
  return files;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The line and column of `path` (or of a problem's offset) in a referenced file. */
export function positionIn(file: ExternalFile, path: JsonPath = []): { line: number; column: number } {
  if (!file.text) return { line: 1, column: 1 };
  const offset = file.problem?.offset ?? (file.yaml ? yamlOffset(file.yaml, path) : 0);
  return lineColumn(file.text, offset);
}

/** The file in the same folder whose name is closest to a missing one (`monies.yaml` → `money.yaml`). */
export function nearestFile(path: string, projectRoot: string): string | undefined {
  const dir = dirname(path);
  if (!isInside(dir, resolve(projectRoot))) return undefined;
  try {
    // A name listed that cannot be reached (a symbolic link loop, the missing name itself) is no suggestion.
    const name = basename(path);
    return nearestName(name, readdirSync(dir).filter((n) => !n.startsWith('.') && n !== name && existsSync(join(dir, n))));
  } catch {
    return undefined;
  }
}

/** The value at a pointer of a referenced file, or undefined. */
export function valueAt(file: ExternalFile, pointer: JsonPath): unknown {
  let cur = file.value;
  for (const seg of pointer) cur = isObj(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[String(seg)] : undefined;
  return cur;
}
