import { isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { CodeBlock, DesignDoc } from '@design-check/core';

/** Bounds on untrusted fragments. */
export interface Limits {
  /** Largest alias expansion accepted by `yaml` (billion-laughs guard). */
  maxAliasCount: number;
  /** Largest fragment, in UTF-16 code units of the block's content. */
  maxFragmentBytes: number;
  /** Time budget of one engine run, in ms. */
  timeoutMs: number;
}

/** The defaults of {@link Limits}; `settings.openapi` in the config overrides them. */
export const DEFAULT_LIMITS: Limits = { maxAliasCount: 100, maxFragmentBytes: 256 * 1024, timeoutMs: 15_000 };

/** Why a fragment could not be used. */
export type ProblemKind = 'syntax' | 'json' | 'aliases' | 'circular' | 'tooLarge';

/** A parse problem of a fragment, at an offset into the block's content. */
export interface FragmentProblem {
  kind: ProblemKind;
  message: string;
  offset: number;
}

/** One OpenAPI fragment: a yaml/json block whose top level has `openapi`, `paths` or `components`. */
export interface Fragment {
  /** Position among the document's OpenAPI fragments. */
  index: number;
  block: CodeBlock;
  /** The `yaml` document (also for JSON blocks), with node ranges into `block.value`. */
  yaml?: Document.Parsed;
  /** The fragment as plain data; best effort (partial) when `problem` is set. */
  value?: Record<string, unknown>;
  problem?: FragmentProblem;
}

const YAML_HINT = /^(?:\{\s*)?["']?(?:openapi|paths|components)["']?[ \t]*:/m;
const JSON_HINT = /"(?:openapi|paths|components)"\s*:/;

/** Cheap test: may this block be an OpenAPI fragment? (Used before loading anything.) */
export function looksLikeOpenApi(block: CodeBlock): boolean {
  if (block.lang !== 'yaml' && block.lang !== 'json') return false;
  return (block.lang === 'json' ? JSON_HINT : YAML_HINT).test(block.value);
}

/** True when the document may hold an OpenAPI fragment (no parsing). */
export function mayHaveFragments(doc: DesignDoc): boolean {
  return doc.codeBlocksOf('yaml', 'json').some(looksLikeOpenApi);
}

function topKeys(y: Document.Parsed): Map<string, unknown> | undefined {
  if (!isMap(y.contents)) return undefined;
  const out = new Map<string, unknown>();
  for (const pair of y.contents.items) {
    if (isScalar(pair.key)) out.set(String(pair.key.value), pair.value);
  }
  return out;
}

function isOpenApiTop(keys: Map<string, unknown>): boolean {
  if (keys.has('swagger')) return false;
  const mapOrEmpty = (k: string) => keys.has(k) && (keys.get(k) == null || isMap(keys.get(k)));
  return keys.has('openapi') || mapOrEmpty('paths') || mapOrEmpty('components');
}

function hasCycle(value: unknown, seen = new Set<object>()): boolean {
  if (!value || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const v of Object.values(value)) if (hasCycle(v, seen)) return true;
  seen.delete(value);
  return false;
}

function firstAliasOffset(y: Document.Parsed): number {
  let offset = 0;
  let found = false;
  visit(y, {
    Alias(_, node) {
      if (found) return visit.BREAK;
      found = true;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function unresolvedAliasOffset(y: Document.Parsed): number {
  let offset = firstAliasOffset(y);
  visit(y, {
    Alias(_, node) {
      if (isAlias(node) && node.resolve(y) === undefined) {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function jsonProblem(text: string): FragmentProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const msg = (e as Error).message;
    const at = /at position (\d+)/.exec(msg);
    return { kind: 'json', message: msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, ''), offset: at ? Number(at[1]) : 0 };
  }
}

/** `yaml` places indentation errors at the start of the line: move to the first character. */
function skipIndent(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === undefined || text[i] === '\n' ? offset : i;
}

/** Parse one block; undefined when it is not an OpenAPI fragment after all. */
export function parseFragment(block: CodeBlock, index: number, limits: Limits): Fragment | undefined {
  if (block.value.length > limits.maxFragmentBytes) {
    const message = `${block.value.length} characters, over the limit of ${limits.maxFragmentBytes}`;
    return { index, block, problem: { kind: 'tooLarge', message, offset: 0 } };
  }
  const y = parseDocument(block.value, { prettyErrors: false, merge: true, uniqueKeys: true });
  const keys = topKeys(y);
  if (keys && !isOpenApiTop(keys)) return undefined;
  if (!keys && y.errors.length === 0) return undefined;
  const fragment: Fragment = { index, block, yaml: y };
  let value: unknown;
  try {
    value = y.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    const msg = (e as Error).message;
    if (/Excessive alias count/.test(msg)) {
      fragment.problem = { kind: 'aliases', message: `aliases expand to more than ${limits.maxAliasCount} nodes`, offset: firstAliasOffset(y) };
    } else {
      fragment.problem = { kind: 'syntax', message: msg.split('\n')[0], offset: unresolvedAliasOffset(y) };
    }
  }
  if (!fragment.problem && hasCycle(value)) {
    fragment.problem = { kind: 'circular', message: 'an alias refers to the node that contains it', offset: firstAliasOffset(y) };
  } else if (!fragment.problem && value && typeof value === 'object' && !Array.isArray(value)) {
    fragment.value = value as Record<string, unknown>;
  }
  const err = y.errors[0];
  if (err) {
    fragment.problem = { kind: 'syntax', message: err.message.split('\n')[0], offset: skipIndent(block.value, err.pos[0]) };
  } else if (block.lang === 'json' && !/^(jsonc|json5)$/i.test(block.rawLang)) {
    fragment.problem = jsonProblem(block.value) ?? fragment.problem;
  }
  return fragment;
}

/** Every OpenAPI fragment of the document, in document order. */
export function findFragments(doc: DesignDoc, limits: Limits): Fragment[] {
  const out: Fragment[] = [];
  for (const block of doc.codeBlocksOf('yaml', 'json')) {
    if (!looksLikeOpenApi(block)) continue;
    const f = parseFragment(block, out.length, limits);
    if (f) out.push(f);
  }
  return out;
}
