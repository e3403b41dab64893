import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult, LoadedConfig, Plugin, RulesConfig } from '@design-check/core';

/** Where `--cache` keeps results when `--cache-location` does not say. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/design-check/';
const FILE_NAME = 'results.json';
const FORMAT = 1;
/** A file a rule read is compared by content up to this size, by size and time beyond. */
const HASHED_BYTES = 8 * 1024 * 1024;

/** What a result is cached with: everything that can change it, but the files its rules read. */
export interface CacheKeyParts {
  path: string;
  text: string;
  projectRoot: string;
  loaded: LoadedConfig | undefined;
  cliRules: RulesConfig;
}

interface Entry {
  key: string;
  /** Each file or folder the rules read or looked for, with what it was. */
  reads: Array<[string, string]>;
  result: Omit<FileResult, 'path' | 'source'>;
}

interface CacheData {
  format: number;
  entries: Record<string, Entry>;
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

/**
 * The packages whose code decides the findings: the CLI and, from `@design-check/plugins` down,
 * every design-check package (version and build time: a rebuilt checkout is a new version) with
 * the exact versions of the engines it pins. Read from package.json files; nothing is loaded.
 */
function installedFingerprint(): string {
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
function signature(path: string): string {
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
  private data: CacheData = { format: FORMAT, entries: {} };
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
    const abs = resolve(cwd, location);
    const isFolder = /[\\/]$/.test(location) || isDirectory(abs);
    this.file = isFolder ? join(abs, FILE_NAME) : abs;
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
      if (data?.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) throw new Error('unknown format');
      this.data = data;
    } catch {
      this.warnOnce(`the cache ${this.file} is damaged and is ignored; it is rebuilt from this run`);
      this.changed = true;
    }
  }

  /** The key of a document's result, from everything but the files its rules read. */
  keyOf(parts: CacheKeyParts): string {
    const config = parts.loaded ? [parts.loaded.filepath ?? '', parts.loaded.dir, parts.loaded.config] : null;
    const today = new Date().toISOString().slice(0, 10);
    return hash(JSON.stringify([this.base, parts.path, parts.projectRoot, config, parts.cliRules, today, hash(parts.text)]));
  }

  private signatureOf(path: string): string {
    let sig = this.signatures.get(path);
    if (sig === undefined) this.signatures.set(path, (sig = signature(path)));
    return sig;
  }

  /** The cached result of a document, when nothing it depends on has changed. */
  get(path: string, key: string, source: string): FileResult | undefined {
    const entry = this.data.entries[path];
    if (!entry || entry.key !== key || !Array.isArray(entry.reads) || !entry.result) return undefined;
    if (!entry.reads.every(([p, sig]) => this.signatureOf(p) === sig)) return undefined;
    return { ...entry.result, path, source };
  }

  /** Keep a fresh result, with the files its rules read. */
  set(result: FileResult, key: string, reads: Iterable<string>): void {
    const { path, source: _source, ...rest } = result;
    this.data.entries[path] = { key, reads: [...reads].map((p) => [p, this.signatureOf(p)]), result: rest };
    this.changed = true;
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
