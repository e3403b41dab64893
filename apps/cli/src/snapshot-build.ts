import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache, writeCacheFile } from '@design-check/core/compile-cache';
import { currentStamp } from './fast.js';
import { BUNDLE, SNAPSHOT_FORMAT, snapshotFiles, type SnapshotInfo } from './snapshot-start.js';

/**
 * Build design-check's start-up snapshot (snapshot.ts) for this installation and Node binary,
 * in a process of its own started by a check that could have used it (snapshot-start.ts):
 * `node --build-snapshot` on the bundle, checking the warm-up design shipped with the CLI, then
 * a check from the new snapshot that must print what the build's check printed. Only then are
 * the blob and its info (what it was built from, with stamps) put in place. A lock keeps one
 * build at a time; a failed build is recorded, and not tried again until what it was built from
 * changes.
 */

const WARM_UP = fileURLToPath(new URL('../snapshot/', import.meta.url));
/** A build that takes longer is stopped (a busy machine included). */
const BUILD_BUDGET_MS = 120_000;
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx', 0o600));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { force: true });
      closeSync(openSync(lock, 'wx', 0o600));
      return true;
    } catch {
      return false;
    }
  }
}

function stamps(files: string[]): Array<[string, string]> {
  return [...new Set(files)].map((f) => [f, currentStamp(f) ?? 'missing']);
}

/** Build the snapshot; returns why it failed, or undefined once it is in place. */
export function buildSnapshot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!enableCompileCache()) return 'the compile cache is off';
  const files = snapshotFiles()!;
  if (!existsSync(BUNDLE)) return `no ${BUNDLE}`;
  if (!takeLock(files.lock)) return 'another build is running';
  const work = mkdtempSync(join(tmpdir(), 'design-check-snapshot-'));
  const temp = `${files.blob}.${process.pid}.tmp`;
  const base = [BUNDLE, process.execPath];
  try {
    for (const f of ['warm-up.md', 'OUTCOME-CONTRACT.md']) copyFileSync(join(WARM_UP, f), join(work, f));
    const config = join(work, 'design-check.config.yaml');
    writeFileSync(config, 'rules: {}\n');
    const report = join(work, 'report.json');
    const childEnv: NodeJS.ProcessEnv = { ...env, DESIGN_CHECK_SNAPSHOT_CONFIG: config, DESIGN_CHECK_SNAPSHOT_WARM_UP: join(work, 'warm-up.md'), DESIGN_CHECK_SNAPSHOT_REPORT: report, NO_COLOR: '1' };
    delete childEnv.NODE_OPTIONS;
    const built = spawnSync(process.execPath, ['--snapshot-blob', temp, '--build-snapshot', BUNDLE], { cwd: work, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'], timeout: BUILD_BUDGET_MS, encoding: 'utf8' });
    if (built.status !== 0 || !existsSync(temp)) return fail(files.info, base, `building exited with ${built.status ?? built.signal}: ${(built.stderr ?? '').replace(/^.*(Warning: It's not yet fully verified|It may still work|To request support|--trace-warnings).*\n/gm, '').slice(0, 2000)}`);
    const warm = JSON.parse(readFileSync(report, 'utf8')) as { report: string; files: string[] };
    // The snapshot must report, started on its own, what its build reported.
    const check = spawnSync(process.execPath, ['--snapshot-blob', temp, '--', '--format', 'json', '--config', config, 'warm-up.md'], { cwd: work, env: { ...childEnv, DESIGN_CHECK_SNAPSHOT_FD: '' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: BUILD_BUDGET_MS, encoding: 'utf8' });
    if (check.stdout !== warm.report) return fail(files.info, base, `the new snapshot reported differently (exit ${check.status ?? check.signal}): ${(check.stderr ?? '').slice(0, 2000)}`);
    chmodSync(temp, 0o600);
    renameSync(temp, files.blob);
    const info: SnapshotInfo = { format: SNAPSHOT_FORMAT, node: process.version, stamps: stamps([...base, ...warm.files]) };
    writeCacheFile(files.info, JSON.stringify(info));
    return undefined;
  } catch (e) {
    return fail(files.info, base, (e as Error).message);
  } finally {
    rmSync(temp, { force: true });
    rmSync(work, { recursive: true, force: true });
    rmSync(files.lock, { force: true });
  }
}

function fail(info: string, base: string[], why: string): string {
  try {
    const failed: SnapshotInfo = { format: SNAPSHOT_FORMAT, node: process.version, stamps: stamps(base), failed: why };
    writeCacheFile(info, JSON.stringify(failed));
  } catch {
    // Not even that: the next check tries again.
  }
  return why;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const why = buildSnapshot();
  if (why && process.env.DESIGN_CHECK_SNAPSHOT_DEBUG) process.stderr.write(`design-check: no start-up snapshot: ${why}\n`);
  process.exitCode = why ? 1 : 0;
}
