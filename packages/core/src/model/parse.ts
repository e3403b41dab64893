import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { stripDirectiveLines } from './directive-lines.js';
import type { Comment } from './nodes.js';

type Parser = { parse(text: string): Root };
let parser: Parser | undefined;

/**
 * remark with GFM, loaded on the first parse in this thread: a run whose documents are all parsed
 * in the parser thread never loads it here.
 */
function markdownParser(): Parser {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parser = unified().use(remarkParse).use(remarkGfm) as unknown as Parser;
  }
  return parser;
}

/**
 * Parse markdown into an mdast tree with GFM (tables, task lists). A YAML (`---`) or TOML
 * (`+++`) front matter block at the top is not markdown: it yields no nodes (rather than a
 * thematic break and a setext heading), and every position after it stays exact.
 */
export function parseMarkdown(text: string): Root {
  return markdownParser().parse(blankFrontMatter(text));
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

/** Why a parse gave up: the parser failed, or ran past its time budget. */
export class ParseFailure extends Error {
  constructor(
    readonly kind: 'error' | 'timeout',
    message: string,
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

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = import(workerData.moduleUrl);
parentPort.on('message', ({ id, text }) => {
  loaded
    .then((m) => {
      parentPort.postMessage({ id, started: true });
      parentPort.postMessage({ id, ok: true, value: m.parseSource(text) });
    })
    .catch((e) => parentPort.postMessage({ id, ok: false, message: String((e && e.message) || e) }));
});
`;

type Reply = { id: number; started?: true; ok?: boolean; value?: SourceParse; message?: string };

/** How long the parser thread may take to start (load remark) before its first parse: never a hang. */
const START_BUDGET_MS = 60_000;

/**
 * One parser thread for the life of the process, reused document after document (its start-up
 * is paid once), stopped and replaced when a parse runs past its budget or crashes it. While a
 * parse is pending it keeps the process alive; idle, it does not.
 */
class ParserThread {
  private worker?: Worker;
  private next = 0;
  private tail: Promise<unknown> = Promise.resolve();

  parse(text: string, timeoutMs: number): Promise<SourceParse> {
    const run = this.tail.then(() => this.send(text, timeoutMs));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private send(text: string, timeoutMs: number): Promise<SourceParse> {
    const worker = (this.worker ??= new Worker(WORKER, { eval: true, workerData: { moduleUrl: import.meta.url } }));
    const id = ++this.next;
    worker.ref();
    return new Promise<SourceParse>((resolve, reject) => {
      const done = (stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        } else worker.unref();
      };
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        if (m.started) {
          // The budget is the parse's own: loading the parser on a busy machine does not count.
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeoutMs);
          return;
        }
        done(false);
        if (m.ok) resolve(m.value!);
        else reject(new ParseFailure('error', m.message ?? 'unknown error'));
      };
      const onError = (e: Error) => {
        done(true);
        reject(new ParseFailure('error', e.message));
      };
      const onExit = () => {
        done(true);
        reject(new ParseFailure('error', 'the parser thread stopped'));
      };
      const onTimeout = () => {
        done(true);
        reject(new ParseFailure('timeout', `parsing took longer than ${timeoutMs} ms`));
      };
      let timer = setTimeout(onTimeout, START_BUDGET_MS + timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, text });
    });
  }
}

let thread: ParserThread | undefined;

const CONTAINER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** How many quote and list markers open a line (`> - > 1. x` opens four). */
function containerDepth(line: string): number {
  let depth = 0;
  for (let rest = line, m = CONTAINER.exec(rest); m && depth < 64; m = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/**
 * The time budget of a document's parse, in ms. Real designs parse in tens of milliseconds, so
 * the budget is generous (10 s, plus 1 s per 100 000 characters) and a busy machine never turns a
 * good document into a timeout. Lines that open two or more nested quotes and lists are the
 * parser's slow path (quadratic: 90 KB of them take minutes); a document with many of them gets
 * 3 s, so that it ends in a finding within seconds.
 */
export function parseBudget(text: string): number {
  let nested = 0;
  for (const line of text.split('\n')) if (containerDepth(line) >= 2 && ++nested > 200) return 3_000;
  return 10_000 + Math.ceil(text.length / 100_000) * 1_000;
}

/**
 * Parse a document with bounded time. Crafted markdown (nested quotes and lists) makes the
 * parser run for minutes on tens of kilobytes, so every document above `workerAbove`
 * characters is parsed in a parser thread that is stopped after `timeoutMs`; below it, the
 * worst case stays under a second. Failures (a parser crash on deep nesting, a timeout) become a
 * {@link ParseFailure}.
 */
export async function parseBounded(text: string, options: BoundedParseOptions): Promise<SourceParse> {
  // The size is measured on the text as given; parseSource drops the BOM. From sources (tests
  // run TypeScript directly) a thread cannot load this module: parse here.
  if (text.length > options.workerAbove && import.meta.url.endsWith('.js')) return (thread ??= new ParserThread()).parse(text, options.timeoutMs);
  try {
    return parseSource(text);
  } catch (e) {
    throw new ParseFailure('error', (e as Error).message);
  }
}
