import { parentPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from './compile-cache.js';

// The host's compile cache, for the CommonJS engines this thread loads (compile-cache.ts).
const data = workerData as { compileCache?: string; role?: string } | undefined;
if (data?.compileCache) enableCompileCache(data.compileCache, data.role);

/** A task for the engine thread: call `fn` of the module at `url` on `input`. */
interface Task {
  id: number;
  url: string;
  fn: string;
  input: unknown;
}

type EngineModule = Record<string, (input: unknown) => unknown>;

// The engine thread (see engine-thread.ts): each module is loaded once, tasks answer in turn.
const modules = new Map<string, Promise<EngineModule>>();
parentPort?.on('message', ({ id, url, fn, input }: Task) => {
  let loaded = modules.get(url);
  if (!loaded) modules.set(url, (loaded = import(url) as Promise<EngineModule>));
  loaded
    .then((m) => {
      parentPort!.postMessage({ id, started: true });
      return m[fn](input);
    })
    .then(
      (value) => parentPort!.postMessage({ id, ok: true, value }),
      (e: unknown) => parentPort!.postMessage({ id, ok: false, message: String((e as Error)?.message ?? e) }),
    );
});
