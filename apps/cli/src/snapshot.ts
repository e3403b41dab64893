import { writeFileSync, writeSync } from 'node:fs';
import v8 from 'node:v8';
import { runEnginesInline } from '@design-check/core';
import { main } from './main.js';
import { exitWhenWritten, processIO, type CliIO } from './io.js';

/**
 * design-check's start-up snapshot: this module is the entry of dist/snapshot/bundle.cjs, which
 * `node --build-snapshot` runs once (snapshot-build.ts). It checks a warm-up design with every
 * engine, in this thread, so that the snapshot holds the CLI, every plugin and every engine
 * loaded and initialised: Redocly's config, Spectral's ruleset, TypeScript's lib files, the
 * markdown parser. A process started from it ({@link runFromSnapshot}) checks the designs on its
 * command line without loading anything. Nothing of a project is in it: configs, rules' options
 * and the designs are read by each run.
 */

/** What the bundle's prologue (scripts/snapshot-prologue.cjs) provides. */
interface Host {
  state: { building: boolean; declined?: string; files: string[] };
  finish(): void;
  decline(what: string): never;
}

const host = (globalThis as Record<symbol, unknown>)[Symbol.for('design-check.snapshot')] as Host;

/** The launcher's pipe: `S` once started, `W` before writing the report, `D` and why when the run declined. */
function signal(fd: number | undefined, what: string): void {
  if (fd === undefined) return;
  try {
    writeSync(fd, what);
  } catch {
    // The launcher is gone: the report still goes to stdout.
  }
}

/** Check the warm-up design (read from the builder's environment), then set the function a started snapshot runs. */
export async function warmUpSnapshot(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Work that the normal path bounds in a thread (a deeply nested document) declines the run.
  runEnginesInline((what) => host.decline(what));
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: process.cwd(), isTTY: false, stderrIsTTY: false, readStdin: () => Promise.resolve('') };
  const code = await main(['--format', 'json', '--config', env.DESIGN_CHECK_SNAPSHOT_CONFIG!, env.DESIGN_CHECK_SNAPSHOT_WARM_UP!], io);
  const report = out.join('');
  // A warm-up that did not run every rule cleanly must not become the start of every check.
  if (code !== 1 || /"ruleId": "internal\//.test(report) || host.state.declined) {
    throw new Error(`design-check snapshot: the warm-up check ended with ${code}${host.state.declined ? ` (needs ${host.state.declined})` : ''}:\n${report.slice(0, 4000)}`);
  }
  writeFileSync(env.DESIGN_CHECK_SNAPSHOT_REPORT!, JSON.stringify({ report, files: host.state.files }));
  host.finish();
  v8.startupSnapshot.setDeserializeMainFunction(runFromSnapshot);
}

/**
 * A check started from the snapshot: the CLI's `main` on this process's arguments, every engine
 * in this thread (the launcher bounds the whole run's time). The report is held until the run
 * ends: a run that needed something the snapshot does not hold prints nothing and tells the
 * launcher, which checks the designs the normal way.
 */
function runFromSnapshot(): void {
  const fd = process.env.DESIGN_CHECK_SNAPSHOT_FD ? Number(process.env.DESIGN_CHECK_SNAPSHOT_FD) : undefined;
  signal(fd, 'S');
  const real = processIO();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { ...real, stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t), stderrIsTTY: false, readStdin: () => Promise.reject(new Error('no stdin from the snapshot')) };
  const end = (code: number): void => {
    if (host.state.declined) {
      signal(fd, `D${host.state.declined.replace(/\s+/g, ' ')}\n`);
      exitWhenWritten(0);
      return;
    }
    signal(fd, 'W');
    if (stdout.length) real.stdout(stdout.join(''));
    if (stderr.length) real.stderr(stderr.join(''));
    exitWhenWritten(code);
  };
  main(process.argv.slice(1), io).then(end, (e: unknown) => {
    stderr.push(`design-check: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    end(2);
  });
}
