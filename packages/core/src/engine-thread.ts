import { Worker } from 'node:worker_threads';
import { compileCacheDir, saveCompileCache } from './compile-cache.js';

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
 * script (`-e`, `--input-type`): a preload (`--import`) or a stack size still applies.
 */
function threadExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(a)) i++;
    else if (!/^--(?:eval|print|input-type)=/.test(a)) out.push(a);
  }
  return out;
}

type Reply = { id: number; started?: true; ok?: boolean; value?: unknown; message?: string };

/** How long the thread may take to load a module before its first task: never a hang. */
const START_BUDGET_MS = 60_000;

/** The engine thread's heap: work that needs more is stopped, and this process goes on. */
export const ENGINE_THREAD_MEMORY_MB = 2048;

/**
 * One engine thread for the life of the process, reused task after task (each module is loaded
 * once in it), stopped and replaced when a task runs past its budget or kills it. Tasks run one
 * at a time. While a task is pending it keeps the process alive; idle, it does not.
 */
class EngineThread {
  private worker?: Worker;
  constructor(private readonly lane: string) {}

  /** True while the thread runs (it may be idle): a thread that was never started or was stopped is not. */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  private next = 0;
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(url: string, fn: string, input: unknown, timeoutMs: number): Promise<T> {
    const run = this.tail.then(() => this.send<T>(url, fn, input, timeoutMs));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private send<T>(url: string, fn: string, input: unknown, timeoutMs: number): Promise<T> {
    // A module file (not code to eval): the host's preloads (`node --import`) run in it too.
    const worker = (this.worker ??= new Worker(new URL('./engine-worker.js', import.meta.url), { execArgv: threadExecArgv(), resourceLimits: { maxOldGenerationSizeMb: ENGINE_THREAD_MEMORY_MB }, workerData: { compileCache: compileCacheDir(), role: this.lane } }));
    const id = ++this.next;
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      const done = (stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        } else worker.unref();
      };
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        if (m.started) {
          // The budget is the task's own: loading the engine on a busy machine does not count.
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeoutMs);
          return;
        }
        done(false);
        if (m.ok) resolve(m.value as T);
        else reject(new EngineFailure('crash', m.message ?? 'unknown error'));
      };
      const onError = (e: Error) => {
        done(true);
        const memory = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
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
      let timer = setTimeout(onTimeout, START_BUDGET_MS + timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
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

/** The engine threads by lane: work of different lanes runs side by side, work of one lane in turn. */
const threads = new Map<string, EngineThread>();

/**
 * True when the module at `url` can be loaded by the engine thread: a built `.js` module (from
 * TypeScript sources, as tests run them, it cannot; the work then runs in this thread).
 */
export function canRunInThread(url: string): boolean {
  return url.startsWith('file:') && url.endsWith('.js');
}

/**
 * Run `fn` of the module at `url` on `input` in the engine thread, where it can be stopped:
 * after `timeoutMs` (not counting the module's first load) the thread is terminated and the
 * promise rejects with an {@link EngineFailure} of kind `timeout`; a throw or a dying thread
 * rejects with kind `crash`. `input` and the result must be plain data (structured clone).
 * `lane` names the thread: a plugin whose engines should not wait behind the parse and the
 * TypeScript compile gives its own.
 */
export function runInThread<T>(url: string, fn: string, input: unknown, timeoutMs: number, lane = 'engine'): Promise<T> {
  let thread = threads.get(lane);
  if (!thread) threads.set(lane, (thread = new EngineThread(lane)));
  return thread.run<T>(url, fn, input, timeoutMs);
}

const COMPILE_CACHE_MODULE = new URL('./compile-cache.js', import.meta.url).href;

/**
 * Write the compile cache (compile-cache.ts) of this thread and of every engine thread still
 * running, for the next process to start faster; a no-op when the cache is off or nothing new was
 * compiled. Bounded by `budgetMs`: a busy or stuck thread is left as it is.
 */
export async function flushCompileCaches(budgetMs = 5000): Promise<void> {
  saveCompileCache();
  if (!compileCacheDir()) return;
  const saves = [...threads.values()].filter((t) => t.alive).map((t) => t.run<void>(COMPILE_CACHE_MODULE, 'saveCompileCache', null, budgetMs).catch(() => undefined));
  if (!saves.length) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(saves), new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
  clearTimeout(timer);
}
