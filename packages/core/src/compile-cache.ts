import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * A V8 code cache for the CommonJS modules a thread loads (Redocly and Spectral, the TypeScript
 * compiler, YAML, Ajv…): the bytecode V8 compiled for a file in one run, functions compiled
 * while it ran included, is given back to V8 in the next run, which then skips parsing and
 * compiling it. Node 22 has this built in (`module.enableCompileCache()`); Node 20 does not, and
 * v8-compile-cache, the package that did it, compiles every file as a script and so breaks on
 * the ES module syntax Node 20.19 detects in `.js` files. Here a file V8 cannot compile as a
 * script, and any module that is not CommonJS, goes to Node's own loader untouched.
 *
 * One file per thread role (`main`, an engine lane) and installation of design-check: a JSON index of entries (file name, a hash
 * of its content, where its data sits) and the data, written whole to a temporary name and
 * renamed, so that readers never see half a file. An entry whose hash differs from the file's
 * content, data V8 rejects (another V8, other flags) or a damaged cache file costs a normal
 * compile, never a wrong module. Only ES modules (design-check's own packages) are left
 * out: Node 20 has no code cache for them.
 */

interface Entry {
  key: string;
  offset: number;
  length: number;
}

interface Fresh {
  key: string;
  script: vm.Script;
}

interface State {
  file: string;
  entries: Record<string, Entry>;
  data?: Buffer;
  fresh: Map<string, Fresh>;
  hits: number;
  misses: number;
}

const FORMAT = 1;
/** A cache file above this is started afresh rather than grown (stale entries of old versions). */
const MAX_BYTES = 96 * 2 ** 20;

let state: State | undefined;
let enabledDir: string | undefined;

/**
 * Which installation of design-check this is (the path of this module: a project's node_modules,
 * a global install). Each keeps files of its own in the cache folder, so that a file holds only
 * the modules of one installation (a few MB) and never collects those of installations long gone,
 * which every run would read whole.
 */
const INSTALL = createHash('sha1').update(fileURLToPath(import.meta.url)).digest('hex').slice(0, 10);

/** How many installations keep their files in the cache folder: the files of older ones are deleted. */
const KEEP_INSTALLS = 8;

/** A file of this installation not written for this long belongs to a thread it no longer has (a lane renamed by an upgrade). */
const STALE_MS = 30 * 24 * 3600_000;

/** The path of this installation's file `name` (`main.cache`, `prestart.json`) in the cache folder; undefined when the cache is off. */
export function compileCacheFile(name: string): string | undefined {
  if (!enabledDir) return undefined;
  const dot = name.lastIndexOf('.');
  return join(enabledDir, `${name.slice(0, dot).replace(/[^a-z0-9-]/gi, '_')}-${INSTALL}${name.slice(dot)}`);
}

const INSTALL_FILE = /^[a-z0-9_-]+?-([0-9a-f]{10})\.(?:cache|json|blob|lock)$/i;

/**
 * Write a file of the cache folder whole: to a temporary name (owner-only), then renamed, so that
 * a reader never sees half of it. Throws when it cannot be written (nothing is left behind).
 */
export function writeCacheFile(file: string, data: string | Buffer): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Delete the files of all but the {@link KEEP_INSTALLS} installations written to last (this one
 * always kept), this installation's files not written for {@link STALE_MS}, and files of an older
 * layout. Never throws.
 */
function pruneInstalls(dir: string): void {
  try {
    const latest = new Map<string, number>();
    const files: Array<{ name: string; install?: string }> = [];
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.tmp')) continue;
      const install = INSTALL_FILE.exec(name)?.[1];
      if (!install) {
        files.push({ name });
        continue;
      }
      const mtime = statSync(join(dir, name)).mtimeMs;
      files.push({ name, install: install === INSTALL && Date.now() - mtime > STALE_MS ? undefined : install });
      latest.set(install, Math.max(latest.get(install) ?? 0, install === INSTALL ? Infinity : mtime));
    }
    const kept = new Set([...latest].sort((a, b) => b[1] - a[1]).slice(0, KEEP_INSTALLS).map(([k]) => k));
    for (const f of files) if (!f.install || !kept.has(f.install)) rmSync(join(dir, f.name), { force: true });
  } catch {
    // A folder that cannot be listed: nothing to tidy.
  }
}

/**
 * Where the cache lives: `DESIGN_CHECK_COMPILE_CACHE` names a folder, `0` or `false` there (or
 * Node's own `NODE_DISABLE_COMPILE_CACHE=1`) turns it off; by default a folder of this user's in
 * the system's temporary folder (as Node's own compile cache), one per Node version. On a CI
 * runner (`CI` set) it is off unless a folder is named: a fresh runner would pay for writing a
 * cache that no later run reads (a CI that keeps the folder between jobs names it).
 */
export function defaultCompileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.DESIGN_CHECK_COMPILE_CACHE;
  if (env.NODE_DISABLE_COMPILE_CACHE === '1' || named === '0' || named === 'false') return undefined;
  const versioned = `${process.version}-${process.arch}`;
  if (named) return join(named, versioned);
  if (env.CI && env.CI !== '0' && env.CI !== 'false') return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  return join(tmpdir(), `design-check-compile-cache${uid === undefined ? '' : `-${uid}`}`, versioned);
}

/**
 * True when `dir`'s parent (the folder this user's cache lives in) belongs to this user and no one
 * else may write into it: code read from there runs in this process.
 */
function ownedSafely(dir: string): boolean {
  const base = dirname(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (typeof process.getuid !== 'function') return true;
  for (const d of [base, dir]) {
    const st = lstatSync(d);
    if (!st.isDirectory() || st.uid !== process.getuid() || (st.mode & 0o022) !== 0) return false;
  }
  return true;
}

function readState(file: string): Pick<State, 'entries' | 'data'> {
  try {
    const raw = readFileSync(file);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as { format: number; entries: Record<string, Entry> };
    if (header.format !== FORMAT || typeof header.entries !== 'object') return { entries: {} };
    return { entries: header.entries, data: raw.subarray(4 + headerLength) };
  } catch {
    return { entries: {} };
  }
}

type Compile = (this: NodeJS.Module, content: string, filename: string, format?: string) => unknown;

function install(s: State): void {
  const proto = Module.prototype as unknown as { _compile: Compile };
  const original = proto._compile;
  const internals = Module as unknown as {
    _resolveFilename(request: string, parent: NodeJS.Module, isMain: boolean, options?: unknown): string;
    _resolveLookupPaths(request: string, parent: NodeJS.Module): string[] | null;
    _extensions: unknown;
    _cache: unknown;
  };
  proto._compile = function compile(this: NodeJS.Module, content: string, filename: string, format?: string) {
    if ((format !== undefined && format !== 'commonjs') || typeof content !== 'string') return original.apply(this, [content, filename, format]);
    const key = createHash('sha1').update(content).digest('base64');
    const entry = s.entries[filename];
    const cachedData = entry && entry.key === key && s.data && entry.offset + entry.length <= s.data.length ? s.data.subarray(entry.offset, entry.offset + entry.length) : undefined;
    let script: vm.Script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      } as vm.ScriptOptions);
    } catch {
      // Not a script V8 can compile (ES module syntax in a `.js` file, a syntax error): Node's
      // loader handles it as it would without this cache.
      return original.apply(this, [content, filename, format]);
    }
    if (cachedData && !script.cachedDataRejected) s.hits++;
    else {
      s.misses++;
      s.fresh.set(filename, { key, script });
    }
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const mod = this;
    const require = ((id: string) => mod.require(id)) as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) => internals._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => internals._resolveLookupPaths(request, mod);
    require.resolve = resolve;
    require.main = process.mainModule;
    (require as unknown as { extensions: unknown }).extensions = internals._extensions;
    (require as unknown as { cache: unknown }).cache = internals._cache;
    return fn.call(mod.exports, mod.exports, require, mod, filename, dirname(filename));
  };
}

/**
 * Use `dir` for this installation's files ({@link compileCacheFile}) without turning the cache on
 * for modules: what the start-up snapshot's launcher needs, which loads no module of its own.
 * Returns the folder in use, or undefined when the cache is off or `dir` is not safe to use
 * (another user's, writable by others, unwritable).
 */
export function useCompileCacheFolder(dir: string | undefined = defaultCompileCacheDir()): string | undefined {
  if (enabledDir || !dir) return enabledDir;
  try {
    if (!ownedSafely(dir)) return undefined;
  } catch {
    return undefined;
  }
  enabledDir = dir;
  return dir;
}

/**
 * Turn the cache on for the CommonJS modules this thread loads from now on. `role` names the
 * thread's file (`main`, an engine lane). Returns the folder, or undefined when the cache is off,
 * already on, or its folder is not safe to use (another user's, writable by others, unwritable).
 */
export function enableCompileCache(dir: string | undefined = defaultCompileCacheDir(), role = 'main'): string | undefined {
  if (state || !dir || useCompileCacheFolder(dir) !== dir) return undefined;
  const file = compileCacheFile(`${role}.cache`)!;
  state = { file, ...readState(file), fresh: new Map(), hits: 0, misses: 0 };
  install(state);
  return dir;
}

/** The folder of this thread's cache, handed to the engine threads it starts; undefined when off. */
export function compileCacheDir(): string | undefined {
  return enabledDir;
}

/** How many modules this thread took from the cache and how many it compiled. */
export function compileCacheStats(): { hits: number; misses: number; fresh: number } {
  return { hits: state?.hits ?? 0, misses: state?.misses ?? 0, fresh: state?.fresh.size ?? 0 };
}

/**
 * Write what this thread compiled since the cache was read (with the functions compiled while it
 * ran) beside the entries still valid. Nothing to write, no write. Never throws: a cache that
 * cannot be written is only a slower next start.
 */
export function saveCompileCache(): void {
  const s = state;
  if (!s || s.fresh.size === 0) return;
  try {
    const parts: Buffer[] = [];
    const entries: Record<string, Entry> = {};
    let offset = 0;
    const add = (filename: string, key: string, data: Buffer) => {
      entries[filename] = { key, offset, length: data.length };
      parts.push(data);
      offset += data.length;
    };
    for (const [filename, { key, script }] of s.fresh) add(filename, key, script.createCachedData());
    for (const [filename, e] of Object.entries(s.entries)) {
      if (entries[filename] || !s.data || e.offset + e.length > s.data.length || offset + e.length > MAX_BYTES) continue;
      add(filename, e.key, s.data.subarray(e.offset, e.offset + e.length));
    }
    const header = Buffer.from(JSON.stringify({ format: FORMAT, entries }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    const data = Buffer.concat(parts);
    writeCacheFile(s.file, Buffer.concat([length, header, data]));
    pruneInstalls(dirname(s.file));
    s.entries = entries;
    s.data = data;
    s.fresh.clear();
  } catch {
    // An unwritable or full disk: the next run compiles as this one did.
  }
}
