import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/** A file to check, and whether the user named it (named files are always checked). */
export interface Target {
  path: string;
  explicit: boolean;
}

/** A usage problem: the CLI prints it and exits 2. */
export class UsageError extends Error {}

const SKIP = ['**/node_modules/**', '**/.git/**'];

async function gitignored(dir: string): Promise<(abs: string) => boolean> {
  const files = await glob(['**/.gitignore'], { cwd: dir, ignore: SKIP, dot: true, absolute: true });
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

/**
 * Expand the command line's files, folders and globs into the markdown files to check.
 * Folders give every `*.md` below them, skipping `node_modules` and what `.gitignore` ignores.
 */
export async function expandTargets(args: string[], cwd: string): Promise<Target[]> {
  const out = new Map<string, Target>();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      out.set(abs, { path: abs, explicit: true });
      continue;
    }
    if (stat?.isDirectory()) {
      const isIgnored = await gitignored(abs);
      const found = await glob(['**/*.md', '**/*.markdown'], { cwd: abs, ignore: SKIP, absolute: true, dot: false });
      for (const f of found.sort()) if (!isIgnored(f) && !out.has(f)) out.set(f, { path: f, explicit: false });
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = await glob([arg], { cwd, ignore: SKIP, absolute: true });
      if (found.length === 0) throw new UsageError(`No files match the pattern "${arg}".`);
      for (const f of found.sort()) if (!out.has(f)) out.set(f, { path: f, explicit: true });
      continue;
    }
    throw new UsageError(`No such file or folder: "${arg}".`);
  }
  return [...out.values()];
}
