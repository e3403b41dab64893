import { isAlias, isCollection, isMap, isPair, isScalar, parseAllDocuments, visit, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { editDistance, fenceLanguages, type CodeBlock, type DesignDoc } from '@design-check/core';

/** Bounds on untrusted fragments. */
export interface Limits {
  /** Largest alias expansion accepted by `yaml` (billion-laughs guard). */
  maxAliasCount: number;
  /** Largest fragment, in UTF-16 code units of the block's content. */
  maxFragmentBytes: number;
  /** Time budget of one engine run, in ms. */
  timeoutMs: number;
  /** Deepest nesting of maps and lists accepted in a fragment or a referenced file. */
  maxDepth: number;
}

/** The defaults of {@link Limits}; `settings.openapi` in the config overrides them. */
export const DEFAULT_LIMITS: Limits = { maxAliasCount: 100, maxFragmentBytes: 256 * 1024, timeoutMs: 15_000, maxDepth: 64 };

/** Why a fragment could not be used. */
export type ProblemKind = 'syntax' | 'json' | 'aliases' | 'circular' | 'tooLarge' | 'tooDeep';

/** The message of a fragment or file that nests deeper than the limit. */
export function tooDeepMessage(limits: Limits): string {
  return `nests deeper than ${limits.maxDepth} levels of maps and lists`;
}

/** True when an error is the parser running out of stack on deep nesting. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError || /maximum call stack/i.test(String((e as Error)?.message ?? e));
}

/** Flow nesting past which a text is not handed to the parser (unless `maxDepth` is set higher). */
const PARSE_DEPTH = 256;

/**
 * True when a text's flow brackets nest so deep that the parser's recursion could exhaust the
 * stack: it is reported without parsing. Catching the parser's RangeError is not enough, as the
 * stack can run out where V8 cannot throw one (compiling a regular expression), which ends the
 * process.
 */
export function tooDeepToParse(text: string, limits: Limits): boolean {
  return flowTooDeepAt(text, Math.max(PARSE_DEPTH, limits.maxDepth)) > 0;
}

/**
 * Where flow brackets (`[`, `{`) first open deeper than `maxDepth` in a text, quoted strings and
 * comments aside, or 0: the place to report a text too deep for the parser to read at all.
 */
export function flowTooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) while (i < text.length && text[i] !== '\n') i++;
    else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return 0;
}

/**
 * The offset of the first map or list of a YAML document nested deeper than `maxDepth`, or
 * undefined. Walked with a list, not recursion: the check must not overflow the stack itself.
 */
export function tooDeepAt(y: Document.Parsed, maxDepth: number): number | undefined {
  const stack: Array<[unknown, number]> = [[y.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > maxDepth) return (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    for (const item of (node as YAMLMap | YAMLSeq).items) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

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

/**
 * What is wrong with the shape of a value parsed from YAML, if anything: it contains itself (an
 * alias to an enclosing node), or its aliases make it nest deeper than `maxDepth`. Walked with a
 * list, not recursion, so that no depth overflows the stack.
 */
export function shapeProblem(value: unknown, maxDepth: number): 'circular' | 'tooDeep' | undefined {
  const onPath = new Set<object>();
  const stack: Array<{ node: object; depth: number; exit?: true }> = value && typeof value === 'object' ? [{ node: value, depth: 1 }] : [];
  while (stack.length) {
    const top = stack.pop()!;
    if (top.exit) {
      onPath.delete(top.node);
      continue;
    }
    if (onPath.has(top.node)) return 'circular';
    if (top.depth > maxDepth) return 'tooDeep';
    onPath.add(top.node);
    stack.push({ ...top, exit: true });
    for (const v of Object.values(top.node)) if (v && typeof v === 'object') stack.push({ node: v, depth: top.depth + 1 });
  }
  return undefined;
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
  const deep = tooDeepAt(y, limits.maxDepth);
  if (deep !== undefined) {
    fragment.problem = { kind: 'tooDeep', message: tooDeepMessage(limits), offset: deep };
    return fragment;
  }
  let value: unknown;
  try {
    value = y.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    const msg = (e as Error).message;
    if (isStackOverflow(e)) {
      fragment.problem = { kind: 'tooDeep', message: tooDeepMessage(limits), offset: flowTooDeepAt(source, limits.maxDepth) + y.range[0] };
      return fragment;
    } else if (/Excessive alias count/.test(msg)) {
      fragment.problem = { kind: 'aliases', message: `expand to more than ${limits.maxAliasCount} nodes`, offset: firstAliasOffset(y) };
    } else {
      fragment.problem = { kind: 'syntax', message: msg.split('\n')[0], offset: unresolvedAliasOffset(y) };
    }
  }
  const shape = fragment.problem ? undefined : shapeProblem(value, limits.maxDepth);
  if (shape === 'circular') {
    fragment.problem = { kind: 'circular', message: 'an alias refers to the node that contains it', offset: firstAliasOffset(y) };
  } else if (shape === 'tooDeep') {
    fragment.problem = { kind: 'tooDeep', message: tooDeepMessage(limits), offset: firstAliasOffset(y) };
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
  if (tooDeepToParse(block.value, limits) && looksLikeOpenApi(block)) {
    return [{ index, block, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset: flowTooDeepAt(block.value, limits.maxDepth) } }];
  }
  let docs;
  try {
    // logLevel 'error': `yaml` would print its warnings (e.g. a collection as a key) to stderr.
    docs = parseAllDocuments(block.value, { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    if (!isStackOverflow(e) || !looksLikeOpenApi(block)) throw e;
    return [{ index, block, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset: flowTooDeepAt(block.value, limits.maxDepth) } }];
  }
  const list = Array.isArray(docs) ? docs : [];
  const out: Fragment[] = [];
  for (const y of list) {
    // The parser reports running out of stack on deep nesting as an error of the document.
    if (y.errors.some(isStackOverflow)) {
      const offset = flowTooDeepAt(block.value.slice(y.range[0], y.range[2]), limits.maxDepth) + y.range[0];
      out.push({ index: index + out.length, block, problem: { kind: 'tooDeep', message: tooDeepMessage(limits), offset } });
      continue;
    }
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
