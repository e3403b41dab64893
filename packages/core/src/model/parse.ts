import type { Root } from 'mdast';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stripDirectiveLines } from './directive-lines.js';
import { parseInPieces } from './pieces.js';
import type { Comment } from './nodes.js';
import { EngineFailure, canRunInThread, refuseInline, runInThread, warmInThread } from '../engine-thread.js';

type Parser = { parse(text: string): Root };
let parser: Parser | undefined;

/** Set the markdown parser from remark and GFM loaded by the caller (the parser thread imports them). */
export function setMarkdownParser(p: Parser): void {
  parser ??= p;
}

let loading: Promise<void> | undefined;

/** True once remark is loaded in this thread (a document was parsed here). */
export function markdownParserLoaded(): boolean {
  return parser !== undefined;
}

interface MarkdownModules {
  unified: typeof import('unified').unified;
  remarkParse: typeof import('remark-parse').default;
  remarkGfm: typeof import('remark-gfm').default;
}

const BUNDLE = fileURLToPath(new URL('../vendor/markdown.cjs', import.meta.url));

/**
 * remark with GFM from core's bundle of them (`dist/vendor/markdown.cjs`, see
 * scripts/bundle-markdown.mjs): one CommonJS file, which loads from the compile cache. From
 * TypeScript sources (tests) there is no bundle: undefined.
 */
function bundledParser(): Parser | undefined {
  if (!existsSync(BUNDLE)) return undefined;
  const m = createRequire(import.meta.url)(BUNDLE) as MarkdownModules;
  return m.unified().use(m.remarkParse).use(m.remarkGfm) as unknown as Parser;
}

/**
 * Load remark with GFM, once per thread: the bundle, or else the packages with `import()`.
 * `check()` awaits it before a parse here: a `require()` of the packages' ES modules while
 * another import of them is in flight can crash Node 20.
 */
export function loadMarkdownParser(): Promise<void> {
  loading ??= Promise.resolve()
    .then(() => bundledParser())
    .then(async (bundled) => {
      if (bundled) return setMarkdownParser(bundled);
      const [u, p, g] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
      setMarkdownParser(u.unified().use(p.default).use(g.default) as unknown as Parser);
    });
  return loading;
}

/**
 * remark with GFM. A run whose documents are all parsed in the parser thread never loads it here;
 * only a synchronous parse with nothing loaded yet (`parseDesignDoc` called first) requires it.
 */
function markdownParser(): Parser {
  if (!parser) {
    parser = bundledParser();
    if (!parser) {
      const require = createRequire(import.meta.url);
      const { unified } = require('unified') as typeof import('unified');
      const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
      const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
      parser = unified().use(remarkParse).use(remarkGfm) as unknown as Parser;
    }
  }
  return parser;
}

/**
 * Parse markdown into an mdast tree with GFM (tables, task lists). A YAML (`---`) or TOML
 * (`+++`) front matter block at the top is not markdown: it yields no nodes (rather than a
 * thematic break and a setext heading), and every position after it stays exact.
 */
export function parseMarkdown(text: string): Root {
  const parser = markdownParser();
  return parseInPieces(blankFrontMatter(text), (piece) => parser.parse(piece));
}

/** `text` with its front matter, if any, overwritten by spaces (line ends kept). */
function blankFrontMatter(text: string): string {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return text;
  const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*\r?$/ : /^\+\+\+[ \t]*\r?$/;
  const lines = text.slice(open[0].length).split('\n');
  const end = lines.findIndex((l) => close.test(l));
  const body = lines.slice(0, end).filter((l) => l.trim());
  // Only a block of `key: value` (or `key = value`) lines is front matter.
  if (end < 0 || !body.length || !/^[\w.-]+[ \t]*[:=]/.test(body[0])) return text;
  const length = open[0].length + lines.slice(0, end + 1).join('\n').length;
  return text.slice(0, length).replace(/[^\r\n]/g, ' ') + text.slice(length);
}

/** A document's text (without BOM), its tree, and the directive comments taken out of its tables. */
export interface SourceParse {
  text: string;
  hadBom: boolean;
  tree: Root;
  comments: Comment[];
}

/**
 * The one parse of a document: the BOM dropped (offsets and fixes refer to the text without
 * it), directive-only lines inside tables kept out of the table.
 */
export function parseSource(raw: string): SourceParse {
  const hadBom = raw.charCodeAt(0) === 0xfeff;
  const text = hadBom ? raw.slice(1) : raw;
  const stripped = stripDirectiveLines(text);
  return { text, hadBom, ...(stripped ?? { tree: parseMarkdown(text), comments: [] }) };
}

/**
 * Why a parse gave up: the parser failed, ran past its time budget, or was not started because
 * `line` nests deeper than {@link MAX_NESTING}.
 */
export class ParseFailure extends Error {
  constructor(
    readonly kind: 'error' | 'timeout' | 'depth',
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}

/** Options of {@link parseBounded}. */
export interface BoundedParseOptions {
  /** Time budget of the parse, in ms (documents above `workerAbove` only). */
  timeoutMs: number;
  /** Documents larger than this many characters are parsed in a worker that can be stopped. */
  workerAbove: number;
}

const CONTAINER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** A thematic break (`* * *`, `- - -`): its markers open no list. */
const BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;

/**
 * A line that opens this many nested quotes and lists is not parsed: no design nests so deep,
 * and the parser's work (and stack) grows with it. The document is one `input/parse-error`.
 */
export const MAX_NESTING = 64;

/** How many quote and list markers open a line (`> - > 1. x` opens four), counted up to {@link MAX_NESTING}. */
function containerDepth(line: string): number {
  if (BREAK.test(line)) return 0;
  let depth = 0;
  for (let rest = line, m = CONTAINER.exec(rest); m && depth < MAX_NESTING; m = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/** Lines that open this many nested quotes and lists are parsed in the parser thread, whatever the document's size. */
const DEEP = 16;

/**
 * How many lines open two or more nested quotes and lists, the deepest nesting (capped at
 * {@link MAX_NESTING}) and the first line (1-based) that reaches it.
 */
function nesting(text: string): { nested: number; deepest: number; line: number } {
  let nested = 0;
  let deepest = 0;
  let line = 1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const depth = containerDepth(lines[i]);
    if (depth >= 2) nested++;
    if (depth > deepest) [deepest, line] = [depth, i + 1];
  }
  return { nested, deepest, line };
}

/** More lines than this that open two or more nested quotes and lists make a document the parser's slow path. */
const SLOW_LINES = 200;

/**
 * The time budget of a document's parse, in ms. Real designs parse in tens of milliseconds, so
 * the budget is generous (10 s, plus 2 s per 100 000 characters: a 10 MB design, which takes
 * about 45 s here, gets 210 s) and a busy machine never turns a
 * good document into a timeout. Lines that open two or more nested quotes and lists are the
 * parser's slow path (quadratic: 90 KB of them take minutes, one line of 3 000 of them 6 s); a
 * document with many of them, or with a line 64 deep, gets 3 s, so that it ends in a finding
 * within seconds.
 */
export function parseBudget(text: string): number {
  const { nested, deepest } = nesting(text);
  if (nested > SLOW_LINES || deepest >= MAX_NESTING) return 3_000;
  return 10_000 + Math.ceil(text.length / 100_000) * 2_000;
}

/**
 * Parse a document with bounded nesting and time. A line nested {@link MAX_NESTING} deep is
 * refused before any parse. Crafted markdown (nested quotes and lists) makes the
 * parser run for minutes on tens of kilobytes, so every document above `workerAbove`
 * characters, and every document with a line that opens 16 or more nested quotes and lists, is
 * parsed in a parser thread that is stopped after `timeoutMs`; for the others, the worst case
 * stays under a second. Failures (a parser crash on deep nesting, a timeout) become a
 * {@link ParseFailure}.
 */
export async function parseBounded(text: string, options: BoundedParseOptions): Promise<SourceParse> {
  const { nested, deepest, line } = nesting(text);
  if (deepest >= MAX_NESTING) throw new ParseFailure('depth', `line ${line} opens ${MAX_NESTING} or more nested quotes and lists`, line);
  // The size is measured on the text as given; parseSource drops the BOM. From sources (tests
  // run TypeScript directly) a thread cannot load this module: parse here.
  if ((text.length > options.workerAbove || deepest >= DEEP) && canRunInThread(import.meta.url)) {
    // Loading remark is the thread's warm-up: the next run starts it as it starts (prestartThreads).
    warmInThread(THREAD_MODULE, 'ready', null, LOAD_BUDGET_MS).catch(() => undefined);
    try {
      return await runInThread<SourceParse>(THREAD_MODULE, 'parseSource', text, options.timeoutMs);
    } catch (e) {
      if (!(e instanceof EngineFailure)) throw e;
      throw new ParseFailure(e.kind === 'timeout' ? 'timeout' : 'error', e.kind === 'timeout' ? `parsing took longer than ${options.timeoutMs} ms` : e.message);
    }
  }
  // Without threads (engines inline), the parser's slow path is left to a process that has them.
  if (deepest >= DEEP || nested > SLOW_LINES) refuseInline(`a thread to bound the parse of a document with ${nested} lines of nested quotes and lists (${deepest} deep at most)`);
  await loadMarkdownParser();
  try {
    return parseSource(text);
  } catch (e) {
    throw new ParseFailure('error', (e as Error).message);
  }
}

/** How long loading remark in the parser thread may take (a busy machine included); the parse's own budget starts after. */
const LOAD_BUDGET_MS = 60_000;

/** The module the parser thread loads: it imports remark before its first task is timed. */
const THREAD_MODULE = new URL('./parse-thread.js', import.meta.url).href;
