import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** What a local reference resolves to, and whether it stays inside the project root. */
export interface LocalTarget {
  /** Absolute path of the target (without `#fragment` or `?query`). */
  path: string;
  /** False when the target lies outside `projectRoot`: never read it. */
  inside: boolean;
}

/** True when `ref` names a remote resource (any URL scheme other than a plain path). */
export function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');
}

/** True when `path` is `root` or below it (both absolute, as given: resolve links first). */
export function isInsideRoot(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Resolve a relative reference written in `fromFile` against the file's folder, and tell
 * whether it stays inside `projectRoot`. An absolute path is read from the project root, as a
 * link in a rendered repository is (`/docs/x.md`), or with `absolute: 'filesystem'` from the
 * file system's root, as a `$ref` or a config path is (`/etc/passwd`, outside). A path from a
 * home folder (`~/x`, `~user/x`) is always outside: nothing expands it.
 */
export function resolveLocal(ref: string, fromFile: string, projectRoot: string, absolute: 'root' | 'filesystem' = 'root'): LocalTarget {
  const clean = decodeURIComponentSafe(ref.split('#')[0].split('?')[0]);
  const root = resolve(projectRoot);
  if (/^~[^/\\]*(?:[/\\]|$)/.test(clean)) return { path: clean, inside: false };
  const path = isAbsolute(clean) ? (absolute === 'root' ? resolve(root, `.${clean}`) : resolve(clean)) : resolve(dirname(resolve(fromFile)), clean);
  return { path, inside: isInsideRoot(root, path) };
}

/** Why {@link readInside} did not read a file. */
export type UnreadKind = 'missing' | 'notFile' | 'outside' | 'tooLarge';

/**
 * Read a UTF-8 file that a document or config names, only when it really lies inside
 * `projectRoot` (a symbolic link is judged by where it leads), is a regular file (never a pipe
 * or device, which could block) and holds at most `maxBytes`; otherwise say why not.
 */
export function readInside(path: string, projectRoot: string, maxBytes: number): { text: string } | { problem: UnreadKind; size?: number } {
  let real: string;
  let info;
  try {
    real = realpathSync(path);
    info = statSync(real);
  } catch {
    return { problem: 'missing' };
  }
  let root = resolve(projectRoot);
  try {
    root = realpathSync(root);
  } catch {
    // Judged as written.
  }
  if (!isInsideRoot(root, real)) return { problem: 'outside' };
  if (!info.isFile()) return { problem: 'notFile' };
  if (info.size > maxBytes) return { problem: 'tooLarge', size: info.size };
  try {
    return { text: readFileSync(real, 'utf8') };
  } catch {
    return { problem: 'missing' };
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
