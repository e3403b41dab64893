#!/usr/bin/env node
import { exitWhenWritten, processIO } from './io.js';

function finish(code: number): void {
  process.exitCode = code;
  // An engine stopped at its time budget may still be working in the background: give stdout
  // a moment to drain, then leave instead of waiting for it (the timer never keeps us alive).
  setTimeout(() => process.exit(code), 1000).unref();
}

/**
 * False for the commands and options that check no document (help, version, rule listings, init),
 * and with `--cache`, where the results of unchanged designs come from the cache and no engine
 * should load for them.
 */
function mayCheck(argv: string[]): boolean {
  if (argv[0] === 'init' || argv.includes('--cache')) return false;
  return !argv.some((a) => ['-h', '--help', '-v', '--version', '--list-rules', '--explain', '--print-config'].includes(a.split('=')[0]));
}

async function run(argv: string[]): Promise<number> {
  const io = processIO();
  // A --cache run with nothing changed replays its report before core, remark or a plugin loads.
  if (argv.includes('--cache')) {
    let replayed: number | undefined;
    try {
      replayed = (await import('./fast.js')).replay(argv, io);
    } catch {
      replayed = undefined;
    }
    if (replayed !== undefined) return replayed;
  }
  let snapshotWanted = false;
  // A check of a few files starts from the start-up snapshot, where everything is loaded already,
  // as soon as it can: nothing of the normal path is set up before it…
  const snapshot = mayCheck(argv) ? await (await import('./snapshot-start.js')).checkFromSnapshot(argv, io) : undefined;
  if (snapshot?.code !== undefined) {
    exitWhenWritten(snapshot.code);
    return snapshot.code;
  }
  // CommonJS engines (Redocly, Spectral, TypeScript…) start from V8's code cache of an earlier run.
  (await import('@design-check/core/compile-cache')).enableCompileCache();
  // Before any thread starts: how V8 collects garbage on a machine of few cores (gc.ts).
  await (await import('./gc.js')).tuneCollector();
  if (snapshot) {
    snapshotWanted = snapshot.wanted;
    // …or here, with the engine threads the last run needed started while the rest of the CLI loads.
    (await import('@design-check/core/threads')).prestartThreads();
  }
  const code = await (await import('./main.js')).main(argv, io);
  await (await import('@design-check/core')).flushCompileCaches();
  if (snapshotWanted) (await import('./snapshot-start.js')).buildSnapshotLater();
  return code;
}

run(process.argv.slice(2)).then(finish, (e: unknown) => {
  process.stderr.write(`design-check: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  finish(2);
});
