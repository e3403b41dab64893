import { Worker } from 'node:worker_threads';
import { parseMarkdown } from './document.js';
import { stripDirectiveLines } from './directive-lines.js';
import type { Root } from 'mdast';
import type { Comment } from './nodes.js';

/** A document's tree and the directive comments taken out of its tables. */
export interface SourceParse {
  tree: Root;
  comments: Comment[];
}

/** Parse text (without BOM) once: directive lines inside tables are kept out of the table. */
export function parseSource(text: string): SourceParse {
  const stripped = stripDirectiveLines(text);
  return stripped ?? { tree: parseMarkdown(text), comments: [] };
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
  if (text.length > options.workerAbove && import.meta.url.endsWith('.js')) return inWorker(text, options.timeoutMs);
  try {
    return parseSource(text);
  } catch (e) {
    throw new ParseFailure('error', (e as Error).message);
  }
}
