import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_CACHE_LOCATION, cacheFileOf, hash, installedFingerprint, signature, type FileStamp } from './cache.js';
import type { CliIO } from './io.js';

/**
 * A `--cache` run whose every input is as it was replays its report without loading core,
 * remark, a plugin or an engine: the bin checks this first. A run is recorded when every result
 * came from, or went to, the cache; it is replayed only when the command line, the folder, the
 * terminal, the date and design-check's packages are the same, the folders and globs reach the
 * same files, no checked file was touched, and every config file looked for, plugin file and file
 * the rules read has the content it had. Any doubt runs the normal check.
 */

const FORMAT = 1;
/** Records kept per cache: one per distinct command line, the most recent first. */
const KEPT = 8;

/** What a recorded run depended on, and what it printed. */
export interface RunRecord {
  id: string;
  /** design-check's packages ({@link installedFingerprint}). */
  installed: string;
  /**
   * Paths whose kind ({@link kindOf}) must be as it was: each file or folder named, the
   * `--project-root`, and every place a `.git` (which sets the project root) could appear.
   */
  kinds: Array<[string, string]>;
  /** Each folder below a folder named, with its {@link listing}: the same listings reach the same files. */
  tree: Array<[string, string]>;
  /** The results cache's own stamp once written: a cache changed since (or damaged) is read again. */
  cache: string;
  /** Each checked file with its stamp. */
  stamps: Array<[string, string]>;
  /** Files and folders with their {@link signature}: configs looked for, plugin files, what rules read. */
  signatures: Array<[string, string]>;
  stdout: string;
  stderr: string;
  /** The report written with `--output-file`: its path and text. */
  report?: [string, string];
  code: number;
}

/** What identifies a run apart from its files: the command line and everything of the process that shapes the report. */
export function runId(argv: readonly string[], io: Pick<CliIO, 'cwd' | 'isTTY' | 'stderrIsTTY'>): string {
  const today = new Date().toISOString().slice(0, 10);
  return hash(JSON.stringify([FORMAT, argv, io.cwd, io.isTTY, !!io.stderrIsTTY, process.version, process.platform, today]));
}

/** A file's stamp as one string: unchanged size, times and inode mean unchanged content. */
export function stampText(s: FileStamp): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** The stamp ({@link stampText}) of the file at `path` now; undefined when it is gone. */
export function currentStamp(path: string): string | undefined {
  try {
    return stampText(statSync(path));
  } catch {
    return undefined;
  }
}

/** What a folder's entries that can change what a folder argument reaches are: sub-folders, markdown files, `.gitignore`. */
function listing(dir: string): string | undefined {
  const names: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) return undefined;
    if (e.isDirectory()) names.push(`d:${e.name}`);
    else if (/\.(md|markdown)$/i.test(e.name) || e.name === '.gitignore') names.push(`f:${e.name}`);
  }
  return hash(names.sort().join('\n'));
}

/**
 * Every folder below `root` that a folder argument's search (or its `.gitignore` search) enters,
 * with its listing, and every `.gitignore` in them; undefined when a symbolic link makes the tree
 * uncertain.
 */
export function folderTree(root: string, gitignores: string[]): Array<[string, string]> | undefined {
  const out: Array<[string, string]> = [];
  const visit = (dir: string): boolean => {
    const list = listing(dir);
    if (list === undefined) return false;
    out.push([dir, list]);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git' && !visit(join(dir, e.name))) return false;
      if (e.isFile() && e.name === '.gitignore') gitignores.push(join(dir, e.name));
    }
    return true;
  };
  return visit(root) ? out : undefined;
}

/** The kind of what is at `path`: `file`, `dir`, `other` or `missing`. */
export function kindOf(path: string): string {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

function sameListing([dir, list]: [string, string]): boolean {
  try {
    return listing(dir) === list;
  } catch {
    return false;
  }
}

/** The cache location a command line names, or undefined when it cannot be told without parsing it in full. */
function cacheLocationOf(argv: readonly string[]): string | undefined {
  let location = DEFAULT_CACHE_LOCATION;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return undefined;
    if (a === '--cache-location') {
      if (i + 1 >= argv.length) return undefined;
      location = argv[++i];
    } else if (a.startsWith('--cache-location=')) location = a.slice('--cache-location='.length);
  }
  return location || undefined;
}

/** Where the run records of the results cache `cacheFile` are kept. */
export function runsFileOf(cacheFile: string): string {
  return join(dirname(cacheFile), `${basename(cacheFile).replace(/\.json$/, '')}-runs.json`);
}

function readRecords(file: string): RunRecord[] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; runs?: unknown };
    return data.format === FORMAT && Array.isArray(data.runs) ? (data.runs as RunRecord[]) : [];
  } catch {
    return [];
  }
}

/** Keep a run's record (the newest first, {@link KEPT} at most); a cache that cannot be written is left as it is. */
export function saveRecord(cacheFile: string, record: RunRecord): void {
  const file = runsFileOf(cacheFile);
  const runs = [record, ...readRecords(file).filter((r) => r.id !== record.id)].slice(0, KEPT);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, runs }));
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
  }
}

/**
 * Replay the recorded report of this command line when nothing it depends on changed; resolves
 * to the exit code, or to undefined when the normal check has to run.
 */
export function replay(argv: readonly string[], io: CliIO): number | undefined {
  if (!argv.includes('--cache')) return undefined;
  const location = cacheLocationOf(argv);
  if (location === undefined) return undefined;
  const id = runId(argv, io);
  const record = readRecords(runsFileOf(cacheFileOf(location, io.cwd))).find((r) => r.id === id);
  if (!record || currentStamp(cacheFileOf(location, io.cwd)) !== record.cache || record.installed !== installedFingerprint()) return undefined;
  if (!record.stamps.every(([path, stamp]) => currentStamp(path) === stamp)) return undefined;
  if (!record.signatures.every(([path, sig]) => signature(path) === sig)) return undefined;
  if (!record.kinds.every(([path, kind]) => kindOf(path) === kind)) return undefined;
  if (!record.tree.every(sameListing)) return undefined;
  if (record.report) {
    try {
      writeFileSync(resolve(io.cwd, record.report[0]), record.report[1]);
    } catch {
      return undefined;
    }
  }
  if (record.stdout) io.stdout(record.stdout);
  if (record.stderr) io.stderr(record.stderr);
  return record.code;
}
