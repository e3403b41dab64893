import { isAlias, isMap, isScalar, parseAllDocuments, visit, type Document, type YAMLMap } from 'yaml';
import { editDistance, fenceLanguages, type CodeBlock, type DesignDoc } from '@design-check/core';

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

/**
 * One OpenAPI fragment: a yaml/json block (or one YAML document of a block with `---`
 * separators) whose top level has `openapi`, `paths`, `components` or `webhooks`.
 */
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

// Loose: any line with such a key (a top-level map may be indented); the parse decides.
const YAML_HINT = /^[ \t]*(?:\{\s*)?["']?(?:openapi|paths|components|webhooks)["']?[ \t]*:/m;
// Strict: such a key at the start of a line, for blocks too broken to show their top level.
const TOP_HINT = /^(?:\{\s*)?["']?(?:openapi|paths|components|webhooks)["']?[ \t]*:/m;
const JSON_HINT = /"(?:openapi|paths|components|webhooks)"\s*:/;

/**
 * The language of a fence for this plugin: `yaml` (```` ```yaml ````, ```` ```yml ````,
 * ```` ```YAML ````, and the `lang:file` form ```` ```yaml:refunds.yaml ````), `json`, or undefined.
 */
export function fenceLang(block: CodeBlock): 'yaml' | 'json' | undefined {
  if (block.lang === 'yaml' || block.lang === 'json') return block.lang;
  const m = /^(ya?ml|json|jsonc):./i.exec(block.rawLang);
  if (!m) return undefined;
  return m[1].toLowerCase().startsWith('json') ? 'json' : 'yaml';
}

/**
 * True when the fence keeps its block out of the merge: ```` ```yaml openapi=false ```` (the
 * current version of an endpoint shown beside the new one, an example of what not to write).
 */
export function isExcluded(block: CodeBlock): boolean {
  return /(?:^|\s)openapi=["']?(?:false|off|no)["']?(?:\s|$)/i.test(block.meta ?? '');
}

/** Cheap test: may this block be an OpenAPI fragment? (Used before loading anything.) */
export function looksLikeOpenApi(block: CodeBlock): boolean {
  const lang = fenceLang(block);
  if (!lang || isExcluded(block)) return false;
  return (lang === 'json' ? JSON_HINT : YAML_HINT).test(block.value);
}

/**
 * True when raw markdown may hold an OpenAPI fragment: a yaml or json fence and one of the keys
 * of a fragment (a quick look before the markdown is parsed, to start loading the engines).
 */
export function mayHaveOpenApiText(text: string): boolean {
  const langs = fenceLanguages(text);
  return (langs.has('yaml') && YAML_HINT.test(text)) || (langs.has('json') && JSON_HINT.test(text));
}

/** True when the document may hold an OpenAPI fragment (no parsing). */
export function mayHaveFragments(doc: DesignDoc): boolean {
  return doc.codeBlocks.some(looksLikeOpenApi);
}

function topKeys(y: Document.Parsed): Map<string, unknown> | undefined {
  if (!isMap(y.contents)) return undefined;
  const out = new Map<string, unknown>();
  for (const pair of y.contents.items) {
    if (isScalar(pair.key)) out.set(String(pair.key.value), pair.value);
  }
  return out;
}

const COMPONENT_TYPES = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems'];
// Component types that only AsyncAPI has: such a `components` belongs to an AsyncAPI document.
const ASYNCAPI_COMPONENTS = /^(?:messages|messageTraits|operationTraits|correlationIds|channels|replies|replyAddresses|\w+Bindings)$/;
const METHOD_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

function keysOf(node: unknown): string[] {
  return isMap(node) ? (node as YAMLMap).items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
}

/** A component type, or a near miss of one (`schema`, `securitySchemas`): a typo to report, not a reason to skip. */
function isComponentType(key: string): boolean {
  const k = key.toLowerCase();
  return COMPONENT_TYPES.some((t) => t.toLowerCase() === k || (k.length >= 6 && editDistance(t.toLowerCase(), k) <= 2));
}

/** A map of path items: some value is a map with an HTTP method (or a `$ref`). */
function hasPathItems(node: unknown): boolean {
  if (!isMap(node)) return false;
  return (node as YAMLMap).items.some((p) => keysOf(p.value).some((k) => METHOD_KEYS.has(k) || k === '$ref'));
}

/**
 * Is this top level an OpenAPI description (or a fragment of one)? Other YAML that happens to
 * have such a key is left alone: a tsconfig's `paths`, a config file's `components`, an
 * AsyncAPI document, a code generator's `openapi:` settings.
 */
function isOpenApiTop(keys: Map<string, unknown>): boolean {
  if (keys.has('swagger') || keys.has('asyncapi')) return false;
  const openapi = keys.get('openapi');
  if (keys.has('openapi') && (openapi == null || isScalar(openapi))) return true;
  const empty = (k: string) => keys.has(k) && (keys.get(k) == null || (isMap(keys.get(k)) && (keys.get(k) as YAMLMap).items.length === 0));
  if (empty('paths') || empty('components')) return true;
  const paths = keys.get('paths');
  if (isMap(paths) && (keysOf(paths).some((k) => k.startsWith('/') || k.startsWith('x-')) || hasPathItems(paths))) return true;
  const components = keysOf(keys.get('components'));
  if (components.some((k) => isComponentType(k) || k.startsWith('x-')) && !components.some((k) => ASYNCAPI_COMPONENTS.test(k))) return true;
  return hasPathItems(keys.get('webhooks'));
}

/** True when a value parsed from YAML contains itself (an alias to an enclosing node). */
export function hasCycle(value: unknown, seen = new Set<object>()): boolean {
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
    const offset = at ? Number(at[1]) : 0;
    // `{"a": 1,}`: V8 says "expected double-quoted property name" at the brace; point at the comma.
    const before = /,\s*$/.exec(text.slice(0, offset));
    if (before && /^[}\]]/.test(text.slice(offset))) {
      return { kind: 'json', message: `trailing comma before '${text[offset]}' (JSON allows none)`, offset: before.index };
    }
    return { kind: 'json', message: msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, ''), offset };
  }
}

/** `yaml` places indentation errors at the start of the line: move to the first character. */
function skipIndent(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === undefined || text[i] === '\n' ? offset : i;
}

/** Where to report a `yaml` error: a tab used as indentation is the tab itself. */
function errorOffset(text: string, err: { code: string; pos: [number, number] }): number {
  if (err.code === 'TAB_AS_INDENT') {
    const lineEnd = text.indexOf('\n', err.pos[0]);
    const tab = text.slice(err.pos[0], lineEnd < 0 ? undefined : lineEnd).indexOf('\t');
    if (tab >= 0) return err.pos[0] + tab;
  }
  return skipIndent(text, err.pos[0]);
}

function parseOne(block: CodeBlock, y: Document.Parsed, index: number, limits: Limits): Fragment | undefined {
  const keys = topKeys(y);
  if (keys && !isOpenApiTop(keys)) return undefined;
  const source = block.value.slice(y.range[0], y.range[2]);
  if (!keys && (y.errors.length === 0 || !(fenceLang(block) === 'json' ? JSON_HINT : TOP_HINT).test(source))) return undefined;
  const fragment: Fragment = { index, block, yaml: y };
  let value: unknown;
  try {
    value = y.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    const msg = (e as Error).message;
    if (/Excessive alias count/.test(msg)) {
      fragment.problem = { kind: 'aliases', message: `expand to more than ${limits.maxAliasCount} nodes`, offset: firstAliasOffset(y) };
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
    fragment.problem = { kind: 'syntax', message: err.message.split('\n')[0], offset: errorOffset(block.value, err) };
  } else if (fenceLang(block) === 'json' && !/^(jsonc|json5)\b/i.test(block.rawLang)) {
    fragment.problem = jsonProblem(block.value) ?? fragment.problem;
  }
  return fragment;
}

/**
 * Parse one block into its fragments (none when it is not OpenAPI after all). A YAML block
 * with `---` separators holds one fragment per OpenAPI document.
 */
export function parseFragments(block: CodeBlock, index: number, limits: Limits): Fragment[] {
  if (block.value.length > limits.maxFragmentBytes) {
    const message = `${block.value.length} characters, over the limit of ${limits.maxFragmentBytes}`;
    return [{ index, block, problem: { kind: 'tooLarge', message, offset: 0 } }];
  }
  // logLevel 'error': `yaml` would print its warnings (e.g. a collection as a key) to stderr.
  const docs = parseAllDocuments(block.value, { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [];
  const out: Fragment[] = [];
  for (const y of list) {
    const f = parseOne(block, y, index + out.length, limits);
    if (f) out.push(f);
  }
  return out;
}

/** Every OpenAPI fragment of the document, in document order. */
export function findFragments(doc: DesignDoc, limits: Limits): Fragment[] {
  const out: Fragment[] = [];
  for (const block of doc.codeBlocks) {
    if (!looksLikeOpenApi(block)) continue;
    out.push(...parseFragments(block, out.length, limits));
  }
  return out;
}
