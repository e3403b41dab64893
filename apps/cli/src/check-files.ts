import { resolve } from 'node:path';
import { ConfigError, check, configChain, fixDocument, isDesignFile, pluginFile, projectRootFor, resolveConfig, runnerFinding, toFileResult, type Diagnostic, type FileResult, type LoadedConfig, type Plugin, type RulesConfig } from '@design-check/core';
import { stat } from 'node:fs/promises';
import { contentDigest, type FileStamp, type ResultCache } from './cache.js';
import type { ReadOutcome } from './read.js';

/** A file's stamp, or undefined when it cannot be read (reading it then reports why). */
async function stampOf(path: string): Promise<FileStamp | undefined> {
  try {
    // Asynchronous: a synchronous stat of a named pipe while the plugins are being imported makes that import fail (Node 20).
    const { size, mtimeMs, ctimeMs, ino } = await stat(path);
    return { size, mtimeMs, ctimeMs, ino };
  } catch {
    return undefined;
  }
}

/** A document to check: its path, the config that governs it, and its text when already read (stdin). */
export interface Job {
  path: string;
  loaded: LoadedConfig | undefined;
  /** The user named the file and it is checked whatever it holds (not so under `--designs-only`). */
  named: boolean;
  /** Its content when already read (stdin): text or bytes. */
  text?: string | Uint8Array;
  /** Why it is not checked at all (stdin past the size limit): its one finding. */
  problem?: Diagnostic;
}

/** How {@link checkJobs} runs. */
export interface CheckJobsOptions {
  cwd: string;
  projectRoot?: string;
  cliRules: RulesConfig;
  /** The plugins, loaded on first need: a run served from the cache never loads them. */
  plugins: () => Promise<Plugin[]>;
  /**
   * A file's bytes, or the one finding that says why it is not read (a document served from the
   * cache is never decoded unless its findings are shown).
   */
  read: (path: string) => Promise<ReadOutcome>;
  /** Documents larger than this many bytes are one `input/too-large` finding. */
  maxBytes?: number;
  cache?: ResultCache;
  /**
   * How many documents are in flight at once. With more than one, the next documents are parsed
   * (in the parser thread) and linted by the OpenAPI engines while the rules of this one run.
   */
  concurrency: number;
  /**
   * The report quotes source lines (stylish, html): a result
   * with findings keeps its text. Other results drop it, so that a batch does not hold every
   * document's text until the report.
   */
  needsSource: boolean;
  /**
   * `--fix` / `--fix-dry-run`: each document is fixed (the findings `only` accepts) and `fixed`
   * receives its text before and after. Results of fixed documents are never cached.
   */
  fix?: { only: (d: Diagnostic) => boolean; fixed: (path: string, before: string, after: string, count: number) => void };
  /** Receives the path of each document whose result was served from the cache or kept in it. */
  cached?: Set<string>;
  /** Called as each document starts (the progress line). */
  starting?: (index: number, total: number, path: string) => void;
}

/** Run `work` over `items` with at most `limit` at a time; the results keep the order of `items`. */
export async function inOrder<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await work(items[i], i);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}

/**
 * A result a later run may reuse: not one that depends on time (a rule or a parse that ran out of
 * its budget, an engine that timed out).
 */
function isCacheable(result: FileResult): boolean {
  return !result.internalError && !result.diagnostics.some((d) => d.ruleId === 'input/parse-timeout' || d.messageId === 'timeout');
}

/** A file that was not read: its one finding (it is no result to cache). */
class Unread extends Error {
  constructor(readonly problem: Diagnostic) {
    super(problem.message);
  }
}

/** Check one job: read it (unless given), take its result from the cache or check it. */
async function checkJob(job: Job, options: CheckJobsOptions, cache: ResultCache | undefined): Promise<FileResult | undefined> {
  const { fix } = options;
  let bytes: Buffer | undefined = job.text === undefined ? undefined : typeof job.text === 'string' ? Buffer.from(job.text, 'utf8') : Buffer.from(job.text.buffer, job.text.byteOffset, job.text.byteLength);
  const content = async (): Promise<Buffer> => {
    if (bytes) return bytes;
    const read = await options.read(job.path);
    if ('problem' in read) throw new Unread(read.problem);
    return (bytes = read.bytes);
  };
  const projectRoot = resolve(options.cwd, options.projectRoot ?? projectRootFor(job.path, options.cwd));
  let key: string | undefined;
  let file: (FileStamp & { digest: string }) | undefined;
  if (cache) {
    const stamp = bytes ? undefined : await stampOf(job.path);
    // A file untouched since its last check is not even read: its digest is known.
    const digest = cache.knownDigest(job.path, stamp) ?? contentDigest(await content());
    if (stamp) file = { ...stamp, digest };
    // The key holds the content and the config: a file found to be no design keeps that verdict too.
    const config = cache.configIdentity(configChain(job.loaded), pluginFile);
    key = cache.keyOf({ path: job.path, digest, projectRoot, config, cliRules: options.cliRules, named: job.named });
    const hit = cache.get(job.path, key);
    if (hit !== undefined && file) cache.restamp(job.path, file);
    if (hit !== undefined) options.cached?.add(job.path);
    if (hit === null) return undefined;
    // Only a report that quotes lines, of a document with findings, needs the text.
    if (hit) return options.needsSource && hit.diagnostics.length ? { ...hit, source: (await content()).toString('utf8') } : hit;
  }
  const raw = await content();
  const text = raw.toString('utf8');
  if (!job.named && !isDesignFile(job.loaded, job.path, text)) {
    if (key !== undefined) {
      cache!.set(job.path, key, null, [], file);
      options.cached?.add(job.path);
    }
    return undefined;
  }
  const plugins = await options.plugins();
  const reads = new Set<string>();
  const checkOptions = { path: job.path, plugins, config: resolveConfig(plugins, job.loaded, job.path, options.cliRules), projectRoot, reads };
  if (fix) {
    const fixed = await fixDocument(text, { ...checkOptions, only: fix.only });
    if (fixed.output !== text) fix.fixed(job.path, text, fixed.output, fixed.fixed);
    return fixed.result;
  }
  // The bytes, not the text: core warns once about bytes that are not UTF-8.
  const checked = await check(raw, { ...checkOptions, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
  // A batch keeps every result until the report: the text only where the report quotes it.
  const result = options.needsSource && checked.diagnostics.length ? checked : { ...checked, source: undefined };
  if (key !== undefined && isCacheable(result)) {
    cache!.set(job.path, key, result, reads, file);
    options.cached?.add(job.path);
  }
  return result;
}

/**
 * Check the jobs' documents, in order: read each (unless its text is given), skip a file that a
 * folder or glob reached but that is no design, take the result from the cache when nothing it
 * depends on changed, else check it. Returns the results in the jobs' order.
 */
export async function checkJobs(jobs: readonly Job[], options: CheckJobsOptions): Promise<FileResult[]> {
  // A document being fixed changes under the check: its result is neither taken from the cache nor kept.
  const cache = options.fix ? undefined : options.cache;
  const results = await inOrder(jobs, options.concurrency, async (job, index) => {
    options.starting?.(index, jobs.length, job.path);
    if (job.problem) return toFileResult(job.path, [job.problem]);
    try {
      return await checkJob(job, options, cache);
    } catch (e) {
      if (e instanceof Unread) return toFileResult(job.path, [e.problem]);
      if (e instanceof ConfigError) throw e;
      // One file's failure is that file's finding: every other file is still checked and reported.
      return toFileResult(job.path, [runnerFinding('internal/check-crash', `The check of this document failed: ${(e as Error)?.message ?? String(e)}. Please report this bug.`)]);
    }
  });
  return results.filter((r): r is FileResult => r !== undefined);
}
