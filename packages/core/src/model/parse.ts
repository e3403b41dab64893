import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { stripDirectiveLines } from './directive-lines.js';
import type { Comment } from './nodes.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parse markdown into an mdast tree with GFM (tables, task lists). A YAML (`---`) or TOML
 * (`+++`) front matter block at the top is not markdown: it yields no nodes (rather than a
 * thematic break and a setext heading), and every position after it stays exact.
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(blankFrontMatter(text));
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
import(workerData.moduleUrl).then(
  (m) => parentPort.postMessage({ ok: true, value: m.parseSource(workerData.text) }),
  (e) => parentPort.postMessage({ ok: false, message: String(e && e.message || e) }),
).catch((e) => parentPort.postMessage({ ok: false, message: String(e && e.message || e) }));
`;

function inWorker(text: string, timeoutMs: number): Promise<SourceParse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { text, moduleUrl: import.meta.url } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ParseFailure('timeout', `parsing took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    worker.once('message', (m: { ok: boolean; value?: SourceParse; message?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.value!);
      else reject(new ParseFailure('error', m.message ?? 'unknown error'));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(new ParseFailure('error', e.message));
    });
  });
}

/**
 * Parse a document with bounded time: small documents in this thread, large ones in a worker
 * that is stopped after `timeoutMs`, since crafted markdown can make the parser run for minutes.
 * Failures (a parser crash on deep nesting, a timeout) become a {@link ParseFailure}.
 */
export async function parseBounded(text: string, options: BoundedParseOptions): Promise<SourceParse> {
  // The size is measured on the text as given; parseSource drops the BOM.
  if (text.length > options.workerAbove && import.meta.url.endsWith('.js')) return inWorker(text, options.timeoutMs);
  try {
    return parseSource(text);
  } catch (e) {
    throw new ParseFailure('error', (e as Error).message);
  }
}
