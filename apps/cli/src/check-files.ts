import { resolve } from 'node:path';
import { check, configChain, fixDocument, isDesignFile, pluginFile, projectRootFor, resolveConfig, type Diagnostic, type FileResult, type LoadedConfig, type Plugin, type RulesConfig } from '@design-check/core';
import { statSync } from 'node:fs';
import { contentDigest, type FileStamp, type ResultCache } from './cache.js';

/** A file's stamp, or undefined when it cannot be read (reading it then reports why). */
function stampOf(path: string): FileStamp | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(path);
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
  text?: string;
}

/** How {@link checkJobs} runs. */
export interface CheckJobsOptions {
  cwd: string;
  projectRoot?: string;
  cliRules: RulesConfig;
  /** The plugins, loaded on first need: a run served from the cache never loads them. */
  plugins: () => Promise<Plugin[]>;
  /** A file's bytes (a document served from the cache is never decoded unless its findings are shown). */
  read: (path: string) => Promise<Buffer>;
  cache?: ResultCache;
  /**
   * How many documents are in flight at once. With two, the next document is parsed (in the
   * parser thread) while the rules of this one run.
   */
  concurrency: number;
  /** The report quotes source lines (stylish): a cached result with findings then needs its text. */
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

/**
 * Check the jobs' documents, in order: read each (unless its text is given), skip a file that a
 * folder or glob reached but that is no design, take the result from the cache when nothing it
 * depends on changed, else check it. Returns the results in the jobs' order.
 */
export async function checkJobs(jobs: readonly Job[], options: CheckJobsOptions): Promise<FileResult[]> {
  // A document being fixed changes under the check: its result is neither taken from the cache nor kept.
  const cache = options.fix ? undefined : options.cache;
  const { fix } = options;
  const results = await inOrder(jobs, options.concurrency, async (job, index) => {
    options.starting?.(index, jobs.length, job.path);
    let bytes: Buffer | undefined = job.text === undefined ? undefined : Buffer.from(job.text, 'utf8');
    const content = async () => (bytes ??= await options.read(job.path));
    const projectRoot = resolve(options.cwd, options.projectRoot ?? projectRootFor(job.path, options.cwd));
    let key: string | undefined;
    let file: (FileStamp & { digest: string }) | undefined;
    if (cache) {
      const stamp = bytes ? undefined : stampOf(job.path);
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
    const text = job.text ?? (await content()).toString('utf8');
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
    const result = await check(text, checkOptions);
    if (key !== undefined && isCacheable(result)) {
      cache!.set(job.path, key, result, reads, file);
      options.cached?.add(job.path);
    }
    return result;
  });
  return results.filter((r): r is FileResult => r !== undefined);
}
