import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheFile, useCompileCacheFolder } from '@design-check/core/compile-cache';
import { currentStamp } from './fast.js';
import type { CliIO } from './io.js';
import { VALUE_OPTIONS } from './options.js';

/**
 * The launcher of design-check's start-up snapshot (snapshot.ts), light enough for the bin's
 * first lines. A check of a few design files (named, or in a small folder) starts a second Node
 * process from the snapshot, in which the CLI, the plugins and every engine are already loaded,
 * instead of loading them here: one cold design in about half the time. The snapshot is built in the background after
 * a check that could have used it (snapshot-build.ts), in the compile cache's folder (only this
 * user may write there), for this installation, Node binary and version; a file it was built
 * from that changed since (an upgrade) makes it unusable until it is built again. Anything in
 * doubt checks the normal way: a run from the snapshot that cannot start, runs past its budget,
 * dies or needs a module that is not in the snapshot (a config's plugin, a custom formatter)
 * has printed nothing, and the designs are checked here as if there were no snapshot.
 */

/**
 * At most this many markdown files to check, this many bytes together: the snapshot runs its
 * engines in one thread, which beats starting the engine threads up to about 40 designs of 24 KiB
 * (20 designs: 2.3 s against 2.8 s; 40: 3.8–4.3 s against 3.9 s) and for one design of 1 MiB
 * (4.7 s against 4.9 s).
 */
const MAX_FILES = 16;
const MAX_BYTES = 1024 * 1024;
/** How long a run from the snapshot may take before it is stopped and the designs are checked the normal way: 10 s and 20 ms a KiB. */
function budgetFor(bytes: number): number {
  return 10_000 + Math.ceil(bytes / 1024) * 20;
}
/** Options that need the normal path: they write files, read stdin or change what a run is. */
const NORMAL_ONLY = new Set(['--fix', '--fix-dry-run', '--stdin-filename', '--cache', '--cache-location', '--print-config', '--explain', '--list-rules', '--init']);

/** What the snapshot of this installation was built from: the launcher uses it only while each is as it was. */
export interface SnapshotInfo {
  format: number;
  node: string;
  /** Each file the snapshot holds (the bundle, the CommonJS files it loaded, the Node binary) with its stamp. */
  stamps: Array<[string, string]>;
  /** Set when building failed: no new try until one of the stamps changes. */
  failed?: string;
}

export const SNAPSHOT_FORMAT = 1;

/** The bundle `node --build-snapshot` runs. */
export const BUNDLE = fileURLToPath(new URL('./snapshot/bundle.cjs', import.meta.url));

/** The snapshot's files in the compile-cache folder: the blob and what it was built from. Undefined when the cache is off. */
export function snapshotFiles(): { blob: string; info: string; lock: string } | undefined {
  useCompileCacheFolder();
  const blob = compileCacheFile('snapshot.blob');
  const info = compileCacheFile('snapshot.json');
  const lock = compileCacheFile('snapshot.lock');
  return blob && info && lock ? { blob, info, lock } : undefined;
}

/**
 * The environment of the process started from the snapshot: the launcher's, with two changes
 * that only make it start sooner.
 * - glibc's malloc may back its large blocks with transparent huge pages (`glibc.malloc.hugetlb=1`,
 *   glibc 2.35 and later; ignored elsewhere and where the system turned them off; a user's own
 *   setting of the tunable is left alone). The process first reads the 40 MB blob into blocks of
 *   malloc's: with 4 KiB pages that is tens of thousands of page faults, a third of its start on a
 *   virtual machine.
 * - No `NODE_EXTRA_CA_CERTS`: Node reads and parses that file as it starts (60 ms of CPU for a
 *   system bundle of 140 certificates), and a check opens no connection (no remote `$ref`).
 */
export function snapshotProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, DESIGN_CHECK_SNAPSHOT_FD: '3' };
  delete out.NODE_EXTRA_CA_CERTS;
  const tunables = env.GLIBC_TUNABLES ?? '';
  if (process.platform === 'linux' && !/(?:^|:)glibc\.malloc\.hugetlb=/.test(tunables)) {
    out.GLIBC_TUNABLES = tunables ? `${tunables}:glibc.malloc.hugetlb=1` : 'glibc.malloc.hugetlb=1';
  }
  return out;
}

/** Entries a folder's scan may look at before the folder counts as too large for the snapshot. */
const MAX_ENTRIES = 5000;

/**
 * The markdown files under `dir` (node_modules and .git left out), as many and as large as the
 * designs a check of that folder can find at most; undefined once past `room`.
 */
function markdownUnder(dir: string, room: { files: number; bytes: number }): { files: number; bytes: number } | undefined {
  const found = { files: 0, bytes: 0 };
  const stack = [dir];
  let entries = 0;
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (++entries > MAX_ENTRIES) return undefined;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') stack.push(join(d, e.name));
      } else if (e.isFile() && /\.(?:md|markdown)$/i.test(e.name)) {
        found.files++;
        found.bytes += statSync(join(d, e.name)).size;
        if (found.files > room.files || found.bytes > room.bytes) return undefined;
      }
    }
  }
  return found;
}

/**
 * True when a run with these arguments may start from the snapshot: `DESIGN_CHECK_SNAPSHOT` is
 * not `0`, the command line has none of the {@link NORMAL_ONLY} options, and names files and
 * folders that hold one to {@link MAX_FILES} markdown files, of {@link MAX_BYTES} at most
 * together. Globs, stdin and larger folders are left to the normal path, which batches them.
 */
export function snapshotEligible(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return snapshotPlan(argv, cwd, env) !== undefined;
}

/** The markdown files and bytes a run from the snapshot would check at most; undefined when it may not start from it ({@link snapshotEligible}). */
export function snapshotPlan(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { files: number; bytes: number } | undefined {
  if (env.DESIGN_CHECK_SNAPSHOT === '0' || env.DESIGN_CHECK_SNAPSHOT === 'false') return undefined;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      targets.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-') return undefined;
    if (a.startsWith('-')) {
      const name = a.startsWith('--') ? a.split('=')[0] : a;
      if (NORMAL_ONLY.has(name)) return undefined;
      if (VALUE_OPTIONS.has(name) && name === a) i++;
      continue;
    }
    targets.push(a);
  }
  let files = 0;
  let bytes = 0;
  try {
    for (const t of targets) {
      const path = resolve(cwd, t);
      const s = statSync(path);
      if (s.isFile()) {
        files++;
        bytes += s.size;
      } else if (s.isDirectory()) {
        const under = markdownUnder(path, { files: MAX_FILES - files, bytes: MAX_BYTES - bytes });
        if (!under) return undefined;
        files += under.files;
        bytes += under.bytes;
      } else {
        return undefined;
      }
      if (files > MAX_FILES || bytes > MAX_BYTES) return undefined;
    }
  } catch {
    // A glob, or a path that is not there: the normal path says what it means.
    return undefined;
  }
  return files > 0 ? { files, bytes } : undefined;
}

/** The snapshot's info when the snapshot can be used: built, not failed, and each file it holds as it was. */
export function usableSnapshot(info: string): SnapshotInfo | undefined {
  let parsed: SnapshotInfo;
  try {
    parsed = JSON.parse(readFileSync(info, 'utf8')) as SnapshotInfo;
  } catch {
    return undefined;
  }
  if (parsed.format !== SNAPSHOT_FORMAT || parsed.node !== process.version || !Array.isArray(parsed.stamps)) return undefined;
  if (!parsed.stamps.some(([f]) => f === BUNDLE) || !parsed.stamps.some(([f]) => f === process.execPath)) return undefined;
  for (const [file, stamp] of parsed.stamps) if (currentStamp(file) !== stamp) return undefined;
  return parsed;
}

/**
 * Check the designs of `argv` from the snapshot. `code` is the exit code of that run; it is
 * missing when the run did not report (no usable snapshot, it could not start, declined, died,
 * or ran past its budget) and the designs are to be checked here. `wanted` is set when the run
 * could have used a snapshot that is missing or stale: the bin then builds one after its check.
 */
export async function checkFromSnapshot(argv: readonly string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<{ code?: number; wanted: boolean }> {
  // DESIGN_CHECK_SNAPSHOT_DEBUG=1 says on stderr what became of the snapshot.
  const debug = (what: string): void => {
    if (env.DESIGN_CHECK_SNAPSHOT_DEBUG) io.stderr(`design-check: start-up snapshot: ${what}\n`);
  };
  const files = snapshotFiles();
  // No bundle to build it from (a build of the CLI without it): the normal path, always.
  // Node options given to this process (`node --import … design-check`) apply to the normal path only.
  const plan = files && process.execArgv.length === 0 ? snapshotPlan(argv, io.cwd, env) : undefined;
  if (!files || !plan || !existsSync(BUNDLE)) return { wanted: false };
  const info = usableSnapshot(files.info);
  if (!info) {
    debug('not built for these files yet (building it after this check)');
    return { wanted: true };
  }
  if (info.failed) {
    debug(`building it failed: ${info.failed}`);
    return { wanted: false };
  }
  const budget = Number(env.DESIGN_CHECK_SNAPSHOT_BUDGET_MS) > 0 ? Number(env.DESIGN_CHECK_SNAPSHOT_BUDGET_MS) : budgetFor(plan.bytes);
  const outcome = await new Promise<{ signals: string; code: number | null; late: boolean; stderr: string }>((done) => {
    let signals = '';
    let stderr = '';
    let late = false;
    // stdout goes straight to ours (a terminal stays one); stderr only once the run reports, so
    // that a run that fails to start (Node's own message) or is stopped prints nothing.
    const child = spawn(process.execPath, ['--snapshot-blob', files.blob, '--', ...argv], {
      cwd: io.cwd,
      stdio: ['ignore', 'inherit', 'pipe', 'pipe'],
      env: snapshotProcessEnv(env),
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      if (signals.startsWith('SW')) return;
      late = true;
      child.kill('SIGKILL');
    }, budget);
    child.stdio[3]?.on('data', (d: Buffer) => (signals += d.toString('latin1')));
    child.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ signals, code, late, stderr });
    });
  });
  if (outcome.signals.startsWith('SW')) {
    if (outcome.stderr) io.stderr(outcome.stderr);
    debug('used');
    return { code: outcome.code ?? 2, wanted: false };
  }
  if (outcome.late) {
    debug(`stopped after ${budget} ms`);
    return { wanted: false };
  }
  if (!outcome.signals.startsWith('S')) {
    // Never started (a blob this Node cannot load): removed, and built again after this check.
    debug('did not start (built again after this check)');
    rmSync(files.blob, { force: true });
    rmSync(files.info, { force: true });
    return { wanted: true };
  }
  const declined = /D([^\n]*)/.exec(outcome.signals);
  debug(declined ? `declined: it needs ${declined[1]}` : `ended without a report (exit ${outcome.code})`);
  return { wanted: false };
}

/**
 * Build the snapshot in a process of its own that outlives this one (snapshot-build.ts): at most
 * one at a time per installation, never on a CI runner (the compile cache is off there).
 */
export function buildSnapshotLater(env: NodeJS.ProcessEnv = process.env): void {
  const files = snapshotFiles();
  if (!files) return;
  try {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./snapshot-build.js', import.meta.url))], { detached: true, stdio: 'ignore', env });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No snapshot this time: the next check tries again.
  }
}
