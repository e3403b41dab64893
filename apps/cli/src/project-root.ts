import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The folder that a document's file references may not leave: the enclosing git work tree,
 * else the current folder when the document is inside it, else the document's own folder.
 */
export function projectRootFor(file: string, cwd: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(`${dir}${sep}.git`)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const rel = relative(cwd, resolve(file));
  return rel.startsWith('..') ? dirname(resolve(file)) : cwd;
}
