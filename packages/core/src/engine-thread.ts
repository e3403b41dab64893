import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { compileCacheDir, compileCacheFile, saveCompileCache, writeCacheFile } from './compile-cache.js';
import { enginesStartMb, youngGenerationMb } from './thread-heaps.js';

/**
 * Why work sent to the engine thread gave up: it threw or the thread died (`crash`), it ran past
 * its time budget (`timeout`) or past the thread's memory limit (`memory`).
 */
export class EngineFailure extends Error {
  constructor(
    readonly kind: 'crash' | 'timeout' | 'memory',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The host's node options for the thread, without those that only concern the host's own
 * script (`-e`, `--input-type`) and those a thread refuses (V8's process-wide flags, such as
 * `--max-old-space-size` or `--stack-size`, which Node rejects in a Worker's `execArgv`; the
 * thread has its own resource limits): a preload (`--import`) still applies.
 */
function threadExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(a)) i++;
    else if (!/^--(?:eval|print|input-type)=/.test(a) && !refused.has(a)) out.push(a);
  }
  return out;
}

/** Options of the host that a Worker refused (ERR_WORKER_INVALID_EXEC_ARGV names them). */
const refused = new Set<string>();

function newWorker(lane: string, memoryMb: number): Worker {
  const mb = youngGenerationMb(lane === PARSER_LANE);
  const young = mb ? { maxYoungGenerationSizeMb: mb } : {};
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryMb, ...young }, workerData: { compileCache: compileCacheDir(), role: lane } };
  const url = new URL('./engine-worker.js', import.meta.url);
  try {
    return new Worker(url, { ...options, execArgv: threadExecArgv() });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    // "Initiated Worker with invalid execArgv flags: --stack-size=2000, --trace-gc"
    const named = /:\s*(.*)$/.exec((e as Error).message)?.[1]?.split(/,\s*/) ?? [];
    for (const a of process.execArgv) if (named.includes(a) || !named.length) refused.add(a);
    return new Worker(url, { ...options, execArgv: threadExecArgv() });
  }
}

type Reply = { id: number; started?: true; ok?: boolean; value?: unknown; message?: string };

/** How long the thread may take to load a module before its first task: never a hang. */
const START_BUDGET_MS = 60_000;

/** The engine thread's heap: work that needs more is stopped, and this process goes on. */
export const ENGINE_THREAD_MEMORY_MB = 2048;

/**
 * One engine thread for the life of the process, reused task after task (each module is loaded
 * once in it), stopped and replaced when a task runs past its budget or kills it. Tasks run one
 * at a time. While a task is queued or running it keeps the process alive; idle, or running only
 * background tasks (warm-ups started ahead of need, see {@link prestartThreads}), it does not.
 */
class EngineThread {
  private worker?: Worker;
  /** Tasks queued or running that keep the process alive. */
  private holds = 0;
  /** Background tasks queued or running. */
  background = 0;
  /** True once a task that is not a warm-up was queued: warm-ups queued later are not prestarted. */
  hadWork = false;
  /** The heap of the next thread started (0: the engines' start heap, see thread-heaps.ts). */
  private memoryMb: number;
  constructor(private readonly lane: string) {
    this.memoryMb = lane === ENGINES_LANE ? 0 : ENGINE_THREAD_MEMORY_MB;
  }

  /** True while the thread runs (it may be idle): a thread that was never started or was stopped is not. */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  private next = 0;
  private tail: Promise<unknown> = Promise.resolve();

  /** Keep the process alive while `delta` more (or fewer) tasks wait for this thread. */
  hold(delta: number): void {
    this.holds += delta;
    if (this.holds > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  run<T>(url: string, fn: string, input: unknown, timeoutMs: number, background = false): Promise<T> {
    if (background) this.background++;
    else this.hold(1);
    const run = this.tail.then(() => this.send<T>(url, fn, input, timeoutMs, background));
    this.tail = run.catch(() => undefined);
    void run.then(
      () => this.settled(background),
      () => this.settled(background),
    );
    return run;
  }

  private settled(background: boolean): void {
    if (background) this.background--;
    else this.hold(-1);
  }

  private send<T>(url: string, fn: string, input: unknown, timeoutMs: number, background: boolean): Promise<T> {
    if (!this.worker) {
      // A module file (not code to eval): the host's preloads (`node --import`) run in it too.
      this.memoryMb ||= enginesStartMb();
      this.worker = newWorker(this.lane, this.memoryMb);
    }
    const worker = this.worker;
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      const done = (stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
      };
      // A background task's timer does not keep the process alive either.
      const arm = (ms: number) => {
        const t = setTimeout(onTimeout, ms);
        if (background) t.unref();
        return t;
      };
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        if (m.started) {
          // The budget is the task's own: loading the engine on a busy machine does not count.
          clearTimeout(timer);
          timer = arm(timeoutMs);
          return;
        }
        done(false);
        if (m.ok) resolve(m.value as T);
        else reject(new EngineFailure('crash', m.message ?? 'unknown error'));
      };
      const onError = (e: Error) => {
        done(true);
        const memory = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (memory && this.memoryMb < ENGINE_THREAD_MEMORY_MB) {
          // Out of the smaller start heap: the same task again, in a thread with the full heap.
          this.memoryMb = ENGINE_THREAD_MEMORY_MB;
          resolve(this.send<T>(url, fn, input, timeoutMs, background));
          return;
        }
        reject(new EngineFailure(memory ? 'memory' : 'crash', memory ? `it needed more than ${ENGINE_THREAD_MEMORY_MB} MB of memory` : e.message));
      };
      const onExit = () => {
        done(true);
        reject(new EngineFailure('crash', 'the engine thread stopped'));
      };
      const onTimeout = () => {
        done(true);
        reject(new EngineFailure('timeout', `it took longer than ${timeoutMs} ms`));
      };
      let timer = arm(START_BUDGET_MS + timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // A 'message' listener refs the worker again: only tasks someone waits for keep the process alive.
      if (this.holds > 0) worker.ref();
      else worker.unref();
      try {
        worker.postMessage({ id, url, fn, input });
      } catch (e) {
        // Input that cannot be cloned: the thread itself is fine.
        done(false);
        reject(new EngineFailure('crash', (e as Error).message));
      }
    });
  }
}

/** The lane of core's parser thread (markdown parses), and the default lane. */
export const PARSER_LANE = 'parser';

/**
 * The lane of the artifact engines (Redocly, Spectral, the TypeScript compiler): one thread beside
 * the parser's, so that the parse of the next designs overlaps the engines' work on this one. Each
 * engine is busy only part of a design, so they share the thread: on two cores a third engine
 * thread only adds start-up and memory.
 */
export const ENGINES_LANE = 'engines';

/** The engine threads by lane: work of different lanes runs side by side, work of one lane in turn. */
const threads = new Map<string, EngineThread>();

/** Set by {@link runEnginesInline}. */
let inline = false;
let refuse: ((what: string) => void) | undefined;

/**
 * True when the module at `url` can be loaded by the engine thread: a built `.js` module (from
 * TypeScript sources, as tests run them, it cannot; the work then runs in this thread).
 */
export function canRunInThread(url: string): boolean {
  return !inline && url.startsWith('file:') && url.endsWith('.js');
}

/**
 * From now on, run every engine in this thread ({@link canRunInThread} answers false): for a
 * process started from design-check's start-up snapshot, where the engines are already loaded
 * and the process that started it bounds its time and memory as a whole. `refuseBounded` is
 * called (and should throw) for work that needs a thread's bound ({@link refuseInline}).
 */
export function runEnginesInline(refuseBounded?: (what: string) => void): void {
  inline = true;
  refuse = refuseBounded;
}

/**
 * Work that only a thread can bound (a document nested deep enough to make the parser run for
 * minutes) was asked for while engines run inline: the `refuseBounded` callback given to
 * {@link runEnginesInline} throws, so that the process can leave the work to one with threads.
 * A no-op otherwise.
 */
export function refuseInline(what: string): void {
  if (inline) refuse?.(what);
}

/**
 * Run `fn` of the module at `url` on `input` in the engine thread, where it can be stopped:
 * after `timeoutMs` (not counting the module's first load) the thread is terminated and the
 * promise rejects with an {@link EngineFailure} of kind `timeout`; a throw or a dying thread
 * rejects with kind `crash`. `input` and the result must be plain data (structured clone).
 * `lane` names the thread: {@link PARSER_LANE} by default, {@link ENGINES_LANE} for an artifact
 * engine that should not wait behind the parses.
 */
export function runInThread<T>(url: string, fn: string, input: unknown, timeoutMs: number, lane = PARSER_LANE): Promise<T> {
  const thread = threadOf(lane);
  thread.hadWork = true;
  return thread.run<T>(url, fn, input, timeoutMs);
}

function threadOf(lane: string): EngineThread {
  let thread = threads.get(lane);
  if (!thread) threads.set(lane, (thread = new EngineThread(lane)));
  return thread;
}

/** A warm-up: the call that loads an engine in its thread ahead of the first task that needs it. */
interface WarmUp {
  lane: string;
  url: string;
  fn: string;
  input: unknown;
}

/** A warm-up's identity: its lane, module, function and input. */
const warmUpKey = (w: WarmUp): string => JSON.stringify([w.lane, w.url, w.fn, w.input]);

/** The warm-ups of this process, by {@link warmUpKey}, each run once. */
const warmUps = new Map<string, { warmUp: WarmUp; done: Promise<unknown>; background: boolean; settled: boolean }>();
/** The warm-ups this run queued in each lane before that lane's first other task, in order: what the next run prestarts. */
const firstWarmUps: WarmUp[] = [];

/**
 * Run a warm-up in the engine thread of `lane`: `fn` of the module at `url` on `input`, as
 * {@link runInThread} runs it, but once per process (the same warm-up asked for again gets the
 * first one's promise). The warm-ups a lane runs before its first other task are remembered in
 * the compile-cache folder, and the next run starts them as it starts ({@link prestartThreads}).
 */
export function warmInThread<T>(url: string, fn: string, input: unknown, timeoutMs: number, lane = PARSER_LANE): Promise<T> {
  const warmUp = { lane, url, fn, input };
  const key = warmUpKey(warmUp);
  const thread = threadOf(lane);
  const known = warmUps.get(key);
  if (known) {
    if (known.background && !known.settled) {
      // Prestarted: someone now waits for it, so it keeps the process alive from here on.
      known.background = false;
      thread.hold(1);
      void known.done.then(
        () => thread.hold(-1),
        () => thread.hold(-1),
      );
    }
    if (!thread.hadWork && !firstWarmUps.some((w) => warmUpKey(w) === key)) firstWarmUps.push(known.warmUp);
    return known.done as Promise<T>;
  }
  if (!thread.hadWork) firstWarmUps.push(warmUp);
  const done = thread.run<T>(url, fn, input, timeoutMs);
  track(key, warmUp, done, false);
  return done;
}

function track(key: string, warmUp: WarmUp, done: Promise<unknown>, background: boolean): void {
  const entry = { warmUp, done, background, settled: false };
  warmUps.set(key, entry);
  void done.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      // A failed warm-up is tried again by the next one who asks (the thread may have been stopped).
      if (warmUps.get(key) === entry) warmUps.delete(key);
    },
  );
}

const PRESTART_FILE = 'prestart.json';
/** A prestarted warm-up's budget: a module that takes longer to load is not loaded ahead. */
const PRESTART_BUDGET_MS = 30_000;

/**
 * Start, in the background, the warm-ups that the last run of this user (same compile-cache
 * folder, see compile-cache.ts) queued in each engine thread before that thread's first task:
 * the threads start and load their engines while this thread is still loading its own modules,
 * instead of after. Nothing waits for them: a run that needs none of them ends without them, and
 * a run that needs one gets the prestarted promise. Only `file:` URLs of `.js` modules are
 * started, from a file in the folder the compile cache already trusts; a missing or damaged file
 * starts nothing. Call it after `enableCompileCache`.
 */
export function prestartThreads(): void {
  const file = compileCacheFile(PRESTART_FILE);
  if (!file) return;
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return;
  }
  if (!Array.isArray(list)) return;
  for (const w of list.slice(0, 16) as Partial<WarmUp>[]) {
    if (!w || typeof w.lane !== 'string' || typeof w.url !== 'string' || typeof w.fn !== 'string' || !canRunInThread(w.url) || !/^[\w-]{1,32}$/.test(w.lane)) continue;
    const warmUp = { lane: w.lane, url: w.url, fn: w.fn, input: w.input ?? null };
    const key = warmUpKey(warmUp);
    if (warmUps.has(key)) continue;
    track(key, warmUp, threadOf(warmUp.lane).run(warmUp.url, warmUp.fn, warmUp.input, PRESTART_BUDGET_MS, true), true);
  }
}

/** Write the warm-ups of this run that the next one should prestart; unchanged, no write. */
function savePrestart(file: string): void {
  const text = JSON.stringify(firstWarmUps);
  try {
    if (readFileSync(file, 'utf8') === text) return;
  } catch {
    // No file yet.
  }
  try {
    writeCacheFile(file, text);
  } catch {
    // An unwritable folder: the next run starts its threads when it needs them.
  }
}

const COMPILE_CACHE_MODULE = new URL('./compile-cache.js', import.meta.url).href;

/**
 * Write the compile cache (compile-cache.ts) of this thread and of every engine thread still
 * running, and the warm-ups to prestart ({@link prestartThreads}), for the next process to start faster; a no-op when the cache is off or nothing new was
 * compiled. Bounded by `budgetMs`: a busy or stuck thread is left as it is.
 */
export async function flushCompileCaches(budgetMs = 5000): Promise<void> {
  saveCompileCache();
  const file = compileCacheFile(PRESTART_FILE);
  if (!file) return;
  savePrestart(file);
  // A thread still busy with a warm-up nobody asked for is left as it is: waiting would only delay the exit.
  const saves = [...threads.values()].filter((t) => t.alive && t.background === 0).map((t) => t.run<void>(COMPILE_CACHE_MODULE, 'saveCompileCache', null, budgetMs).catch(() => undefined));
  if (!saves.length) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(saves), new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
  clearTimeout(timer);
}
