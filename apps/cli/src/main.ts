import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cac } from 'cac';
import {
  CONFIG_FILES,
  ConfigError,
  DEFAULT_MAX_BYTES,
  configChain,
  isDesignFile,
  pluginFile,
  projectRootFor,
  findConfig,
  isIgnored,
  loadConfigFile,
  runnerFinding,
  startTiming,
  toFileResult,
  tooLarge,
  type FileResult,
  type LoadedConfig,
  type Plugin,
  type Diagnostic,
} from '@design-check/core';
import { formatters } from '@design-check/formatters';
import { getFormatterOrThrow, quotesSource, ruleDescriptions } from './format.js';
import { STDIN_MARK, booleanArgs, checkOptions, normalize, optionNames, parseRuleFlags, protectArgs, type CheckFlags } from './args.js';
import { UsageError, checkWritable, expandTargets, makeFolderFor, shown, type Target } from './files.js';
import { checkJobs, type Job } from './check-files.js';
import { DEFAULT_CACHE_LOCATION, ResultCache, installedFingerprint, signature } from './cache.js';
import { folderTree, kindOf, runId, saveRecord, stampText } from './fast.js';
import { timingReport } from './timing.js';
import { readDocument } from './read.js';
import { DEFAULT_NAME, runInit } from './init.js';
import { fixDiff } from './fix.js';
import { progress } from './progress.js';
import { keepMainHeapDown } from './gc.js';

import type { CliIO } from './io.js';

export type { CliIO } from './io.js';
export { processIO } from './io.js';

/** `n warnings`, `1 warning`. */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The CLI's version, from its package.json. */
export const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

async function configFor(file: string, flags: CheckFlags, cache: Map<string, LoadedConfig | undefined>, cwd: string): Promise<LoadedConfig | undefined> {
  if (flags.config !== undefined) {
    if (!cache.has('--config')) cache.set('--config', await loadConfigFile(resolve(cwd, flags.config)));
    return cache.get('--config');
  }
  return findConfig(file);
}

function maxWarningsOf(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`Invalid --max-warnings "${value}": expected a whole number (-1 for no limit).`);
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** The size limit of a document from `--max-file-size` (`20MB`, `512KB`, `1048576`; KB and MB count 1024). */
export function maxFileSizeOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : 0;
  if (!bytes) throw new UsageError(`Invalid --max-file-size "${value}": expected a size such as 20MB, 512KB or a number of bytes.`);
  return bytes;
}

/** Throw a UsageError when `--project-root` is given but is not a folder. */
function checkProjectRoot(flags: CheckFlags, cwd: string): void {
  if (flags.projectRoot === undefined) return;
  let stat;
  try {
    stat = statSync(resolve(cwd, flags.projectRoot));
  } catch {
    stat = undefined;
  }
  if (!stat) throw new UsageError(`Invalid --project-root "${flags.projectRoot}": no such folder.`);
  if (!stat.isDirectory()) throw new UsageError(`Invalid --project-root "${flags.projectRoot}": it is a file, not a folder.`);
}

/** The plugins to run: those given to `main()`, else the default ones, imported on first need. */
function pluginLoader(given: Plugin[] | undefined): () => Promise<Plugin[]> {
  let loading: Promise<Plugin[]> | undefined;
  return () => (loading ??= given ? Promise.resolve(given) : import('@design-check/plugins').then((m) => m.defaultPlugins));
}

async function runCheck(files: string[], flags: CheckFlags, io: CliIO, plugins: () => Promise<Plugin[]>, given: Plugin[] | undefined, argv: string[]): Promise<number> {
  // A --cache run of the bin's own plugins is recorded, so that the next identical run can replay it (fast.ts).
  const recording = flags.cache && !given && !flags.fix && !flags.fixDryRun && !flags.timing ? teeIO(io) : undefined;
  if (recording) io = recording.io;
  const cliRules = parseRuleFlags(flags.rule);
  const formatter = getFormatterOrThrow(flags.format);
  const maxWarnings = maxWarningsOf(flags.maxWarnings);
  const maxBytes = maxFileSizeOf(flags.maxFileSize);
  const out = flags.outputFile === undefined ? undefined : resolve(io.cwd, flags.outputFile);
  if (flags.outputFile === '') throw new UsageError('Invalid --output-file "": name the file to write the report to.');
  if (flags.cacheLocation === '') throw new UsageError('Invalid --cache-location "": name the file or folder of the cache.');
  if (out) checkWritable(out, 'the report to', io.cwd);
  checkProjectRoot(flags, io.cwd);
  if (flags.timing) startTiming();
  const configs = new Map<string, LoadedConfig | undefined>();
  const jobs: Job[] = [];
  const stdin = files.includes('-');
  if (stdin && files.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other files.');
  if (!stdin && flags.stdinFilename !== undefined) throw new UsageError('--stdin-filename names the document read from stdin: add "-" to read it (cat design.md | design-check - --stdin-filename docs/design.md).');
  const rootOf = (path: string) => resolve(io.cwd, flags.projectRoot ?? projectRootFor(path, io.cwd));
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix writes the fixes and --fix-dry-run only prints them: give one of them.');
  if (flags.fix && stdin) throw new UsageError('--fix writes the files it fixes and cannot write stdin back; --fix-dry-run prints the fixes of stdin as a diff.');
  // With --quiet, only errors are fixed (as they are the only ones reported).
  const fixable = (d: Diagnostic) => !flags.quiet || d.severity === 'error';
  const fixes = { count: 0, files: 0, patches: [] as string[] };
  const fixed = (path: string, before: string, after: string, n: number) => {
    fixes.count += n;
    fixes.files++;
    if (flags.fixDryRun) fixes.patches.push(fixDiff(shown(io.cwd, path), before, after));
    else writeFixed(path, after, io.cwd);
  };
  const skipped = (path: string, loaded: LoadedConfig | undefined) =>
    io.stderr(`design-check: warning: ${shown(io.cwd, path)} is not checked: the ignores of ${loaded?.filepath ? shown(io.cwd, loaded.filepath) : 'the config'} match it.\n`);
  let targets: Target[] = [];
  const stats = { gitignored: 0 };
  const unmatchedOk = flags.errorOnUnmatchedPattern === false;
  let ignored = 0;
  if (stdin) {
    const path = resolve(io.cwd, flags.stdinFilename ?? 'stdin.md');
    const loaded = await configFor(path, flags, configs, io.cwd);
    const text = await io.readStdin(maxBytes);
    // Stdin is read no further than the limit: its size past it is not known.
    const cut = (typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength) > maxBytes;
    if (flags.stdinFilename !== undefined && isIgnored(loaded, path)) skipped(path, loaded);
    else jobs.push({ path, loaded, named: true, text, ...(cut ? { problem: tooLarge(undefined, maxBytes) } : {}) });
  } else {
    targets = await expandTargets(files.length ? files : ['.'], io.cwd, stats, unmatchedOk, (dir) => rootOf(join(dir, 'x.md')));
    ignored = stats.gitignored;
    for (const t of targets) {
      const loaded = await configFor(t.path, flags, configs, io.cwd);
      if (isIgnored(loaded, t.path)) {
        if (t.named) skipped(t.path, loaded);
        ignored++;
        continue;
      }
      // --designs-only: a named file too is checked only when it is a design (pre-commit names every changed .md).
      const named = t.named && !flags.designsOnly;
      // A found file that the config's `files` leave out is not even read.
      if (!named && loaded?.config.files?.length && !isDesignFile(loaded, t.path, '')) continue;
      jobs.push({ path: t.path, loaded, named });
    }
  }
  const cache = flags.cache ? new ResultCache(flags.cacheLocation ?? DEFAULT_CACHE_LOCATION, io.cwd, given, (m) => io.stderr(`design-check: warning: ${m}.\n`)) : undefined;
  const started = performance.now();
  const bar = progress(io);
  const cached = new Set<string>();
  const results = await checkJobs(jobs, {
    cwd: io.cwd,
    projectRoot: flags.projectRoot,
    cliRules,
    plugins,
    read: (path) => readDocument(path, { projectRoot: rootOf(path), maxBytes }),
    maxBytes,
    cache,
    // One document at a time under --timing (each rule's time its own); else four in flight, so that
    // the engine threads seldom wait (docs/performance.md, "Designs in flight").
    concurrency: flags.timing ? 1 : 4,
    needsSource: quotesSource(formatter),
    ...(flags.fix || flags.fixDryRun ? { fix: { only: fixable, fixed } } : {}),
    starting: (i, total, path) => {
      keepMainHeapDown();
      bar.at(i + 1, total, shown(io.cwd, path));
    },
    cached,
  });
  bar.done();
  cache?.save();
  if (!stdin && results.length === 0 && !targets.some((t) => t.named) && !unmatchedOk) {
    const total = targets.length + stats.gitignored;
    const what = total ? `no design documents among ${count(total, 'markdown file')}${ignored ? ` (${ignored} ignored by .gitignore or the config's ignores)` : ''}` : 'no markdown files';
    throw new UsageError(
      `Found ${what} in ${files.join(', ') || '.'} (a design document has the template's Metadata table and sections, or matches the config's "files"; name a file to check it anyway, or pass --no-error-on-unmatched-pattern).`,
    );
  }
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const reported = flags.quiet ? results.map((r) => toFileResult(r.path, r.diagnostics.filter((d) => d.severity === 'error'), r.source)) : results;
  // Colours only on a terminal: never in a report written to a file unless --color asks.
  const color = flags.color ?? (io.isTTY && !out);
  // Only SARIF describes the rules it reports: the others never need the plugins loaded for that.
  const rules = flags.format === 'sarif' ? ruleDescriptions(await plugins()) : undefined;
  const output = formatter(reported, { cwd: io.cwd, color, ...(rules ? { rules } : {}), version });
  if (flags.fixDryRun) {
    // stdout holds the diff alone (`design-check --fix-dry-run docs/ | git apply`); the report only goes to -o.
    io.stdout(fixes.patches.join(''));
    const left = results.reduce((n, r) => n + r.diagnostics.length, 0);
    if (fixes.count || left) io.stderr(`design-check: --fix-dry-run: ${fixes.count} ${fixes.count === 1 ? 'fix' : 'fixes'} in ${count(fixes.files, 'file')}; ${count(left, 'problem')} would remain${left && !out ? ' (run without --fix-dry-run to see them)' : ''}.\n`);
  } else if (flags.fix && fixes.count) {
    io.stderr(`design-check: fixed ${count(fixes.count, 'problem')} in ${count(fixes.files, 'file')}.\n`);
  }
  if (out) {
    makeFolderFor(out, 'the report to', io.cwd);
    try {
      writeFileSync(out, output ? `${output}\n` : '');
    } catch (e) {
      throw new UsageError(`Cannot write the report to "${shown(io.cwd, out)}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, false);
    }
  } else if (output && !flags.fixDryRun) {
    io.stdout(`${output}\n`);
  }
  if (flags.timing) io.stderr(timingReport(results.length, performance.now() - started));
  let code = 0;
  if (results.some((r) => r.internalError)) code = 2;
  else if (results.some((r) => r.errorCount > 0)) code = 1;
  else if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`design-check found ${count(warnings, 'warning')}, more than --max-warnings ${maxWarnings}.\n`);
    code = 1;
  }
  if (recording && cache?.healthy && !stdin) saveRun(recording, { argv, io, flags, cache, jobs, targets, cached, args: files.length ? files : ['.'], out, output, code });
  return code;
}

/**
 * Keep the record of a --cache run whose every document's result came from, or went to, the
 * cache, with all it depends on (fast.ts replays it): the kind of each argument and of the
 * project root, the folders below a folder argument, every place a config, a `.gitignore` or the
 * `.git` that sets the project root could appear, the plugin files configs load, and the files the rules read. Nothing is kept when
 * an argument is a glob or a folder holds a symbolic link.
 */
function saveRun(
  recording: ReturnType<typeof teeIO>,
  run: { argv: string[]; io: CliIO; flags: CheckFlags; cache: ResultCache; jobs: Job[]; targets: Target[]; cached: Set<string>; args: string[]; out: string | undefined; output: string; code: number },
): void {
  const { io, cache, jobs } = run;
  if (!jobs.every((j) => run.cached.has(j.path))) return;
  const deps = cache.dependencies(jobs.map((j) => j.path));
  if (!deps) return;
  const args = run.args.map((a) => resolve(io.cwd, a)).map((p): [string, string] => [p, kindOf(p)]);
  if (!args.every(([, kind]) => kind === 'file' || kind === 'dir')) return;
  const tree: Array<[string, string]> = [];
  const gitignores: string[] = [];
  for (const [dir, kind] of args) {
    if (kind !== 'dir') continue;
    const below = folderTree(dir, gitignores);
    if (!below) return;
    tree.push(...below);
  }
  const signatures = new Map<string, string>(deps.reads);
  const sign = (path: string) => signatures.has(path) || signatures.set(path, signature(path));
  gitignores.forEach(sign);
  const kinds = new Map<string, string>(args);
  if (run.flags.projectRoot !== undefined) kinds.set(resolve(io.cwd, run.flags.projectRoot), 'dir');
  for (const dir of new Set([...run.targets.map((t) => dirname(t.path)), ...args.filter(([, k]) => k === 'dir').map(([p]) => p)])) {
    for (let at = dir; ; at = dirname(at)) {
      for (const name of [...CONFIG_FILES, '.gitignore']) sign(join(at, name));
      kinds.set(join(at, '.git'), kindOf(join(at, '.git')));
      if (dirname(at) === at) break;
    }
  }
  if (run.flags.config !== undefined) sign(resolve(io.cwd, run.flags.config));
  for (const job of jobs) for (const c of configChain(job.loaded)) for (const p of c.plugins ?? []) if (pluginFile(p)) sign(pluginFile(p)!);
  const cacheStamp = kindOf(cache.file) === 'file' ? stampText(statSync(cache.file)) : undefined;
  if (cacheStamp === undefined) return;
  saveRecord(cache.file, {
    id: runId(run.argv, io),
    cache: cacheStamp,
    installed: installedFingerprint(),
    kinds: [...kinds],
    tree,
    stamps: deps.stamps.map(([path, stamp]) => [path, stampText(stamp)]),
    signatures: [...signatures],
    stdout: recording.stdout(),
    stderr: recording.stderr(),
    ...(run.out ? { report: [run.out, run.output ? `${run.output}\n` : ''] as [string, string] } : {}),
    code: run.code,
  });
}

/** `io` with what is written to it kept (the progress line apart), for a run record. */
function teeIO(io: CliIO): { io: CliIO; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      ...io,
      stdout: (t) => {
        stdout += t;
        io.stdout(t);
      },
      stderr: (t) => {
        if (!t.startsWith('\r\u001b[2K')) stderr += t;
        io.stderr(t);
      },
    },
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

/** Write a fixed document back (its BOM and line endings kept by the fixes). */
function writeFixed(path: string, text: string, cwd: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`Cannot write the fixes to "${shown(cwd, path)}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, false);
  }
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO, given?: Plugin[]): Promise<number> {
  const plugins = pluginLoader(given);
  const cli = cac('design-check');
  let action: Promise<number> | undefined;
  const checkCommand = cli
    .command('[...files]', 'Check design documents (files, folders or globs; "-" reads stdin)')
    .option('-f, --format <name>', `Output format: ${Object.keys(formatters).join(', ')}`, { default: 'stylish' })
    .option('-o, --output-file <path>', 'Write the report to a file')
    .option('--max-warnings <n>', 'Exit 1 when there are more warnings than this')
    .option('--quiet', 'Report errors only')
    .option('--rule <rule>', 'Set a rule\'s severity and options: "structure/no-placeholders: warn", "x/y: [error, {a: 1}]" (repeatable)')
    .option('-c, --config <path>', 'Use this config file instead of searching for one')
    .option('--print-config <file>', 'Print the configuration that applies to a file')
    .option('--list-rules', 'List every rule with its recommended and strict severity and whether --fix repairs it')
    .option('--explain <rule-id>', 'Print the page of a rule: why, examples, options (offline)')
    .option('--color', 'Force colours (default: only on a terminal); --no-color turns them off')
    .option('--stdin-filename <name>', 'Path to use for the document read from stdin')
    .option('--no-error-on-unmatched-pattern', 'Exit 0 when a glob matches nothing or the folders and globs hold no design document')
    .option('--project-root <dir>', 'Folder that links and $refs may not leave (default: the git work tree)')
    .option('--max-file-size <size>', 'Larger documents are not read: 20MB (default), 512KB, or bytes')
    .option('--cache', 'Reuse the results of documents that did not change since the last run with --cache')
    .option('--cache-location <path>', `File or folder of the cache (default: ${DEFAULT_CACHE_LOCATION})`)
    .option('--timing', 'Print the slowest rules and engines, with their total time, on stderr')
    .option('--fix', 'Repair in place what rules can repair unambiguously (passes until nothing is left to fix)')
    .option('--fix-dry-run', 'Print the fixes as a unified diff instead of writing them')
    .option('--designs-only', 'Check a named file only when it is a design document, as in folders (for pre-commit)')
    .example('design-check docs/')
    .example('design-check --format json docs/payments/TECHNICAL-DESIGN.md')
    .example('design-check --explain structure/metadata-status')
    .example('design-check --fix-dry-run docs/')
    .action((files: string[], parsed: Record<string, unknown>) => {
      const flags = normalize(parsed);
      // Everything after "--" is a file, even when it looks like an option.
      const all = [...files, ...((parsed['--'] as string[] | undefined) ?? [])].map((f) => (f === STDIN_MARK ? '-' : String(f)));
      // What only some runs need is loaded when they need it.
      const info = () => Promise.all([plugins(), import('./info.js')]);
      if (flags.listRules) action = info().then(([p, m]) => m.listRules(p, flags.config, io));
      else if (flags.explain !== undefined) action = info().then(async ([p, m]) => (await import('./explain.js')).explain(flags.explain!, await m.configuredPlugins(p, flags.config, io), io));
      else if (flags.printConfig !== undefined) action = info().then(([p, m]) => m.printConfig(p, flags.printConfig!, flags.config, parseRuleFlags(flags.rule), io));
      else action = runCheck(all, flags, io, plugins, given, argv);
    });
  // cac shows a negated option's implicit default as "(default: true)": not helpful in --help.
  for (const o of checkCommand.options) if (o.negated && o.name === 'errorOnUnmatchedPattern') o.config.default = undefined;
  cli
    .command('init [file]', `Write a new design document from the template: a .md file, or a folder (created if needed) that gets a ${DEFAULT_NAME} (default: ${DEFAULT_NAME} here)`)
    .action((file: string | undefined) => {
      action = runInit(file === undefined ? DEFAULT_NAME : file === STDIN_MARK ? '-' : String(file), io);
    });
  cli.help();
  cli.version(version);
  try {
    const args = protectArgs(argv);
    checkOptions(args, optionNames(cli));
    cli.parse(['node', 'design-check', ...booleanArgs(args, cli)], { run: false });
    if (cli.options.help || cli.options.version) return 0;
    await cli.runMatchedCommand();
    if (!action) {
      io.stderr(`design-check: unknown command "${cli.args[0]}". Run design-check --help.\n`);
      return 2;
    }
    return await action;
  } catch (e) {
    const err = e as Error;
    const sentence = (m: string) => (/[.!?)]$/.test(m) ? m : `${m}.`);
    if (err instanceof ConfigError && err.key?.startsWith('--rule')) io.stderr(`design-check: invalid --rule: ${err.message}\n`);
    else if (err instanceof ConfigError) io.stderr(`design-check: config error: ${err.message}\n`);
    else if (err instanceof UsageError && !err.help) io.stderr(`design-check: ${sentence(err.message)}\n`);
    else if (err instanceof UsageError || err.name === 'CACError') io.stderr(`design-check: ${sentence(err.message)} Run design-check --help for usage.\n`);
    else io.stderr(`design-check: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}
