import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * A file to check. `named`: the user wrote its path, so it is checked whatever it holds; a file
 * that a folder or a glob reached is checked only when it is a design (`isDesignFile`).
 */
export interface Target {
  path: string;
  named: boolean;
}

/** How {@link expandTargets} went: files left out by `.gitignore`. */
export interface ExpandStats {
  gitignored: number;
}

/**
 * A problem the user can fix: the CLI prints its one line and exits 2. With `help` (a usage
 * problem) the line ends by pointing at `--help`.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help = true,
  ) {
    super(message);
  }
}

const SKIP = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = /\.(md|markdown)$/i;

async function gitignored(dir: string): Promise<(abs: string) => boolean> {
  const files = await glob(['**/.gitignore'], { cwd: dir, ignore: SKIP, dot: true, absolute: true, followSymbolicLinks: false });
  let up = resolve(dir);
  for (;;) {
    const candidate = join(up, '.gitignore');
    if (!files.includes(candidate) && existsSync(candidate)) files.push(candidate);
    if (existsSync(join(up, '.git')) || dirname(up) === up) break;
    up = dirname(up);
  }
  const matchers = files.map((f) => ({ base: dirname(f), ig: ignore().add(readFileSync(f, 'utf8')) }));
  return (abs: string) =>
    matchers.some(({ base, ig }) => {
      const rel = relative(base, abs);
      return rel !== '' && !rel.startsWith('..') && ig.ignores(rel.split(sep).join('/'));
    });
}

/** `path` as the user would write it: relative to `cwd` when inside it, else absolute. */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The real path of a file (symbolic links resolved), or the path itself if that fails. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The markdown files below `dir` (not below `node_modules` or a dot folder), sorted. A symbolic
 * link to a folder is followed only when the folder is inside `root`, and each folder is listed
 * once (a link loop ends); a markdown link to a file is listed wherever it leads, so that its
 * reading reports it, but nothing outside `root` is listed or read here.
 */
export function markdownBelow(dir: string, root: string): string[] {
  const out: string[] = [];
  const realRoot = real(root);
  const seen = new Set<string>();
  const visit = (folder: string) => {
    const key = real(folder);
    if (seen.has(key)) return;
    seen.add(key);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        visit(path);
        continue;
      }
      if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path);
        } catch {
          target = undefined;
        }
        if (target?.isDirectory()) {
          if (isInside(realRoot, real(path))) visit(path);
          continue;
        }
      }
      if (MARKDOWN.test(e.name)) out.push(path);
    }
  };
  visit(dir);
  return out.sort();
}

/** What a command-line argument that is neither a file, a folder nor a glob is. */
function notFound(arg: string, abs: string): UsageError {
  let link;
  try {
    link = lstatSync(abs);
  } catch {
    return new UsageError(`No such file or folder: "${arg}".`);
  }
  if (link.isSymbolicLink()) return new UsageError(`"${arg}" is a symbolic link to nothing (its target does not exist).`);
  return new UsageError(`"${arg}" is neither a file nor a folder.`);
}

/** The folder a glob starts from: its segments before the first one with a wildcard. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed = segments.slice(0, segments.findIndex((s) => isDynamicPattern(s)));
  return resolve(cwd, fixed.join('/') || '.');
}

/**
 * Expand the command line's files, folders and globs into the files to check. Folders give
 * every markdown file below them, globs the files they match (only the markdown ones when they
 * match some); both skip `node_modules`, `.git` and what `.gitignore` ignores (counted in
 * `stats.gitignored`). A glob that matches nothing is a UsageError unless `allowUnmatched`. A
 * file reached twice (named twice, or through a symbolic link) is checked once, under the first
 * path that reached it.
 */
export async function expandTargets(args: string[], cwd: string, stats: ExpandStats = { gitignored: 0 }, allowUnmatched = false, rootOf: (dir: string) => string = () => cwd): Promise<Target[]> {
  const out = new Map<string, Target>();
  const add = (path: string, named: boolean) => {
    const key = real(path);
    const known = out.get(key);
    if (!known) out.set(key, { path, named });
    else known.named ||= named;
  };
  const addFound = async (found: string[], base: string) => {
    const isIgnored = await gitignored(base);
    for (const f of found.sort()) {
      if (isIgnored(f)) stats.gitignored++;
      else add(f, false);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(abs, true);
      continue;
    }
    if (stat?.isDirectory()) {
      await addFound(markdownBelow(abs, rootOf(abs)), abs);
      continue;
    }
    if (!stat && isDynamicPattern(arg)) {
      const found = await glob([arg], { cwd, ignore: SKIP, absolute: true });
      if (found.length === 0) {
        if (allowUnmatched) continue;
        throw new UsageError(`No files match the pattern "${arg}".`);
      }
      // "docs/**" means the markdown below docs, not its images; a pattern that matches no
      // markdown at all ("notes/*.txt") means what it says.
      const markdown = found.filter((f) => MARKDOWN.test(f));
      await addFound(markdown.length ? markdown : found, globBase(arg, cwd));
      continue;
    }
    throw notFound(arg, abs);
  }
  return [...out.values()];
}

/**
 * Create the folder that will hold `file`, as `mkdir -p` would, or throw a UsageError that says
 * why not (a file in the way, no permission). Node's own recursive mkdir can spin forever on
 * some file systems (`/proc`), so each level is made on its own.
 */
export function makeFolderFor(file: string, what: string, cwd: string): void {
  const show = (p: string) => shown(cwd, p);
  const missing: string[] = [];
  let dir = dirname(file);
  for (;;) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      stat = undefined;
    }
    if (stat) {
      if (!stat.isDirectory()) throw new UsageError(`Cannot write ${what} "${show(file)}": "${show(dir)}" is a file, not a folder.`, false);
      break;
    }
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new UsageError(`Cannot write ${what} "${show(file)}": cannot create the folder "${show(d)}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, false);
    }
  }
}

/** Throw a UsageError when `file` cannot be a file to write (it is a folder, or a file is in its way). */
export function checkWritable(file: string, what: string, cwd: string): void {
  const show = (p: string) => shown(cwd, p);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new UsageError(`Cannot write ${what} "${show(file)}": it is a folder; name a file.`, false);
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    let s;
    try {
      s = statSync(dir);
    } catch {
      s = undefined;
    }
    if (s && !s.isDirectory()) throw new UsageError(`Cannot write ${what} "${show(file)}": "${show(dir)}" is a file, not a folder.`, false);
    if (s || dirname(dir) === dir) return;
  }
}
