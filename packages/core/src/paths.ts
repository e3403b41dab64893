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

/**
 * Resolve a relative reference written in `fromFile` against the file's folder, and tell
 * whether it stays inside `projectRoot`. Absolute paths are resolved from the project root.
 */
export function resolveLocal(ref: string, fromFile: string, projectRoot: string): LocalTarget {
  const clean = decodeURIComponentSafe(ref.split('#')[0].split('?')[0]);
  const root = resolve(projectRoot);
  const path = isAbsolute(clean) ? resolve(root, `.${clean}`) : resolve(dirname(resolve(fromFile)), clean);
  const rel = relative(root, path);
  const inside = rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  return { path, inside };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
