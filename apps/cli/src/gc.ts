import { availableParallelism } from 'node:os';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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
 * cost little time once the marking is off: docs/performance.md) and the main heap's cap
 * ({@link capMainHeap}). V8 reads the flag when a
 * thread's heap is set up and when a collection starts marking, so both must be set before the
 * first engine thread starts. The CLI owns its process; the library, the remark preset and the
 * language server never set them.
 */
export async function tuneCollector(): Promise<void> {
  const flag = markingFlag(availableParallelism(), process.execArgv, process.env.NODE_OPTIONS);
  if (!flag) return;
  setFlagsFromString(flag);
  (await import('@design-check/core/threads')).leanThreadHeaps();
  capMainHeap();
}

/**
 * The main thread's old generation, in MiB, past which a batch collects it between two designs
 * ({@link keepMainHeapDown}). V8 lets a heap grow to four times what it holds alive before a full
 * collection, and a running process cannot lower that for its main thread (a worker's heap has
 * its own limits): the main thread, which holds 20–25 MB alive, reached 117–172 MB in a batch of
 * 500 designs on two cores, and the whole process 428–540 MB. With this cap the main thread stays
 * near 90 MB and the process at 388–399 MB, for 0–2 s on 28–31 s (docs/performance.md). A lower
 * cap collects so often that V8 drops optimised code that held the collected objects and compiles
 * it again, on the helper threads that the batch's own threads need.
 */
export const MAIN_OLD_GENERATION_CAP_MB = 56;

let collect: (() => void) | undefined;

/**
 * Let {@link keepMainHeapDown} collect: V8's `gc` function, from the user's `--expose-gc` or from
 * a context made while the flag is set for a moment (the engine threads, started later, do not
 * get it).
 */
export function capMainHeap(): void {
  const given = (globalThis as { gc?: () => void }).gc;
  if (typeof given === 'function') {
    collect = given;
    return;
  }
  setFlagsFromString('--expose-gc');
  try {
    collect = runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** Between two designs: a full collection of the main thread's heap when its old generation holds more than `capMb`. */
export function keepMainHeapDown(capMb = MAIN_OLD_GENERATION_CAP_MB): boolean {
  if (!collect) return false;
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (!space.space_name.startsWith('new_')) used += space.space_used_size;
  if (used <= capMb * 2 ** 20) return false;
  collect();
  return true;
}
