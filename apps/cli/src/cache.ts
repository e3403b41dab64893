import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult, LoadedConfig, Plugin, RulesConfig } from '@design-check/core';

/** Where `--cache` keeps results when `--cache-location` does not say. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/design-check/';
const FILE_NAME = 'results.json';
const FORMAT = 2;
/** A file a rule read is compared by content up to this size, by size and time beyond. */
const HASHED_BYTES = 8 * 1024 * 1024;

/** What a result is cached with: everything that can change it, but the files its rules read. */
export interface CacheKeyParts {
  path: string;
  /** The digest of the document's content ({@link contentDigest}). */
  digest: string;
  projectRoot: string;
  /** What the configs that govern the document say, from {@link ResultCache.configIdentity}. */
  config: unknown;
  cliRules: RulesConfig;
  /** Named on the command line (checked whatever it holds), or found in a folder. */
  named: boolean;
}

/** What the file system says of a file: unchanged size, times and inode mean unchanged content. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface Entry {
  key: string;
  /** The document's stamp and content digest when it was checked. */
  file?: FileStamp & { digest: string };
  /** Each file or folder the rules read or looked for, as an index into {@link CacheData.reads}. */
  reads: number[];
  /** Null for a file found in a folder that is no design document. */
  result: Omit<FileResult, 'path' | 'source'> | null;
}

interface CacheData {
  format: number;
  /** The files and folders that rules read, each with what it was (shared: many documents read one Outcome Contract). */
  reads: Array<[string, string]>;
  entries: Record<string, Entry>;
}

/** A short digest of some text or bytes. */
export const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

/** The digest of a document's content that keys its result. */
export function contentDigest(bytes: Buffer): string {
  return hash(bytes);
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * The packages whose code decides the findings: the CLI and, from `@design-check/plugins` down,
 * every design-check package (version and build time: a rebuilt checkout is a new version) with
 * the exact versions of the engines it pins. Read from package.json files; nothing is loaded.
 */
export function installedFingerprint(): string {
  const parts: string[] = [process.version];
  const seen = new Set<string>();
  const visit = (pkgJson: string) => {
    if (seen.has(pkgJson)) return;
    seen.add(pkgJson);
    const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };
    let built = '';
    try {
      built = String(statSync(join(dirname(pkgJson), 'dist/index.js')).mtimeMs);
    } catch {
      // No build output beside it: the version alone identifies it.
    }
    parts.push(`${pkg.name}@${pkg.version}:${built}`);
    const require = createRequire(pkgJson);
    for (const [name, spec] of Object.entries(pkg.dependencies ?? {})) {
      if (name.startsWith('@design-check/')) visit(require.resolve(`${name}/package.json`));
      else parts.push(`${name}@${spec}`);
    }
  };
  visit(fileURLToPath(new URL('../package.json', import.meta.url)));
  return hash(parts.join('\n'));
}

/** The fingerprint of plugins given to `main()` directly (tests, hosts): their rules and configs. */
function pluginsFingerprint(plugins: Plugin[]): string {
  return hash(JSON.stringify(plugins.map((p) => [p.name, p.rules.map((r) => [r.name, r.meta.defaultOptions]), p.configs])));
}

/** The content, kind and real path of a file or folder as a short string; `missing` when there is none. */
export function signature(path: string): string {
  let real: string;
  try {
    real = realpathSync(path);
    const stat = statSync(real);
    if (stat.isDirectory()) return `dir:${real}:${hash(readdirSync(real).sort().join('\n'))}`;
    if (!stat.isFile()) return `other:${real}`;
    if (stat.size > HASHED_BYTES) return `file:${real}:${stat.size}:${stat.mtimeMs}`;
    return `file:${real}:${hash(readFileSync(real))}`;
  } catch {
    return 'missing';
  }
}

/**
 * The results of earlier runs (`--cache`): a document's result is reused while its content, its
 * config, the `--rule` flags, the date, design-check's packages and every file its rules read are
 * as they were. A cache that cannot be read or written is ignored with one warning: it never
 * changes a result.
 */
export class ResultCache {
  readonly file: string;
  private data: CacheData = { format: FORMAT, reads: [], entries: {} };
  private readIndex = new Map<string, number>();
  private changed = false;
  private warned = false;
  private readonly signatures = new Map<string, string>();
  private readonly base: string;

  constructor(
    location: string,
    cwd: string,
    plugins: Plugin[] | undefined,
    private readonly warn: (message: string) => void,
  ) {
    this.file = cacheFileOf(location, cwd);
    this.base = plugins ? pluginsFingerprint(plugins) : installedFingerprint();
    this.load();
  }

  private warnOnce(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.warn(message);
  }

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.warnOnce(`cannot read the cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); checking without it`);
      return;
    }
    try {
      const data = JSON.parse(text) as CacheData;
      if (data?.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null || !Array.isArray(data.reads)) throw new Error('unknown format');
      this.data = data;
      data.reads.forEach(([path, sig], i) => this.readIndex.set(`${path}\u0000${sig}`, i));
    } catch {
      this.warnOnce(`the cache ${this.file} is damaged and is ignored; it is rebuilt from this run`);
      this.changed = true;
    }
  }

  /** The key of a document's result, from everything but the files its rules read. */
  keyOf(parts: CacheKeyParts): string {
    const today = new Date().toISOString().slice(0, 10);
    return hash(JSON.stringify([this.base, parts.path, parts.named, parts.projectRoot, parts.config, parts.cliRules, today, parts.digest]));
  }

  /**
   * What decides a document's resolved config: each config of its cascade (file, folder,
   * content) and each plugin a config loads, by its rules and presets and by the content of the
   * file it was loaded from (`pluginFile`).
   */
  configIdentity(chain: readonly LoadedConfig[], pluginFile: (p: Plugin) => string | undefined): unknown {
    return chain.map((c) => [c.filepath ?? '', c.dir, c.config, (c.plugins ?? []).map((p) => {
      const file = pluginFile(p);
      return [pluginsFingerprint([p]), file ? this.signatureOf(file) : null];
    })]);
  }

  private signatureOf(path: string): string {
    let sig = this.signatures.get(path);
    if (sig === undefined) this.signatures.set(path, (sig = signature(path)));
    return sig;
  }

  /**
   * The content digest of a document whose file is, by its stamp, untouched since it was checked
   * (its status change time moves on any write): it need not be read again. Undefined otherwise.
   */
  knownDigest(path: string, stamp: FileStamp | undefined): string | undefined {
    const file = this.data.entries[path]?.file;
    return stamp && file && typeof file.digest === 'string' && sameStamp(file, stamp) ? file.digest : undefined;
  }

  /**
   * The cached result of a document when nothing it depends on has changed (null: it is no
   * design document), or undefined when it has to be checked.
   */
  get(path: string, key: string): FileResult | null | undefined {
    const entry = this.data.entries[path];
    if (!entry || entry.key !== key || !Array.isArray(entry.reads) || entry.result === undefined) return undefined;
    const unchanged = (i: number) => {
      const read = this.data.reads[i];
      return Array.isArray(read) && this.signatureOf(read[0]) === read[1];
    };
    if (!entry.reads.every(unchanged)) return undefined;
    return entry.result && { ...entry.result, path };
  }

  /** Keep a fresh result (null: no design document), with the files its rules read. */
  set(path: string, key: string, result: FileResult | null, reads: Iterable<string>, file: Entry['file']): void {
    let kept: Entry['result'] = null;
    if (result) {
      const { path: _path, source: _source, ...rest } = result;
      kept = rest;
    }
    const indices = [...reads].map((p) => {
      const sig = this.signatureOf(p);
      const id = `${p}\u0000${sig}`;
      let i = this.readIndex.get(id);
      if (i === undefined) this.readIndex.set(id, (i = this.data.reads.push([p, sig]) - 1));
      return i;
    });
    this.data.entries[path] = { key, ...(file ? { file } : {}), reads: indices, result: kept };
    this.changed = true;
  }

  /**
   * What a whole run depends on through the results it was given for `paths`: each document's
   * stamp, and every file or folder their rules read with its signature. Undefined when a
   * document has no entry with a stamp.
   */
  dependencies(paths: readonly string[]): { stamps: Array<[string, FileStamp]>; reads: Array<[string, string]> } | undefined {
    const stamps: Array<[string, FileStamp]> = [];
    const reads = new Set<number>();
    for (const path of paths) {
      const entry = this.data.entries[path];
      if (!entry?.file) return undefined;
      const { size, mtimeMs, ctimeMs, ino } = entry.file;
      stamps.push([path, { size, mtimeMs, ctimeMs, ino }]);
      for (const i of entry.reads) reads.add(i);
    }
    return { stamps, reads: [...reads].map((i) => this.data.reads[i]) };
  }

  /** Note a document's current stamp when its result was served (its file was touched, not changed). */
  restamp(path: string, file: FileStamp & { digest: string }): void {
    const entry = this.data.entries[path];
    if (!entry || (entry.file && sameStamp(entry.file, file) && entry.file.digest === file.digest)) return;
    entry.file = file;
    this.changed = true;
  }

  /** True when no warning was given: the cache was read (or absent) and, once saved, written. */
  get healthy(): boolean {
    return !this.warned;
  }

  /** Write the cache if anything changed: to a new file, then renamed over the old one. */
  save(): void {
    if (!this.changed) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(this.data));
      renameSync(tmp, this.file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // Nothing was written.
      }
      this.warnOnce(`cannot write the cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); results are not cached`);
    }
  }
}

/** The file of the results cache at `location` (a folder holds it as results.json). */
export function cacheFileOf(location: string, cwd: string): string {
  const abs = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || isDirectory(abs);
  return isFolder ? join(abs, FILE_NAME) : abs;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
