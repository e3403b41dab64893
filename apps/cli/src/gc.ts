import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Machines with fewer cores than this run the garbage collector's marking on the thread that
 * allocates: a check keeps three threads busy (the main one, core's parser thread and the
 * artifact engines' thread), so on two cores V8's concurrent marking helpers only take CPU from
 * them.
 */
export const CONCURRENT_MARKING_FROM_CORES = 4;

/**
 * The V8 flag the CLI sets before its threads start, or undefined: `--no-concurrent-marking` on a
 * machine with fewer than {@link CONCURRENT_MARKING_FROM_CORES} cores, unless the user chose the
 * collector's marking themselves (`--concurrent-marking`, `--no-concurrent-marking` or
 * `--single-threaded-gc` in Node's options or on its command line).
 *
 * Measured on two cores, 500 designs, 3 rounds in turn against the same build: 24.4–25.2 s wall
 * and 44.0–45.8 s CPU against 27.1–29.1 s and 49.9–53.6 s (docs/performance.md).
 */
export function markingFlag(cores: number, execArgv: readonly string[], nodeOptions = ''): string | undefined {
  if (cores >= CONCURRENT_MARKING_FROM_CORES) return undefined;
  const chosen = /^--(?:no-)?concurrent[-_]marking$|^--single[-_]threaded(?:[-_]gc)?$/;
  if ([...execArgv, ...nodeOptions.split(/\s+/)].some((a) => chosen.test(a.split('=')[0]))) return undefined;
  return '--no-concurrent-marking';
}

/**
 * Set {@link markingFlag} for this process, and with it core's lean thread heaps (smaller heaps
 * cost little time once the marking is off: docs/performance.md). V8 reads the flag when a
 * thread's heap is set up and when a collection starts marking, so both must be set before the
 * first engine thread starts. The CLI owns its process; the library, the remark preset and the
 * language server never set them.
 */
export async function tuneCollector(): Promise<void> {
  const flag = markingFlag(availableParallelism(), process.execArgv, process.env.NODE_OPTIONS);
  if (!flag) return;
  setFlagsFromString(flag);
  (await import('@design-check/core/threads')).leanThreadHeaps();
}
