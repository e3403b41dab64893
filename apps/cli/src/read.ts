import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { runnerFinding, tooLarge, type Diagnostic } from '@design-check/core';

/** A document as read: its bytes, or the one finding that says why it was not read. */
export type ReadOutcome = { bytes: Buffer } | { problem: Diagnostic };

/** What bounds a read. */
export interface ReadLimits {
  /** The folder no file may be read outside of (a symbolic link is judged by where it leads). */
  projectRoot: string;
  /** Files larger than this are not read. */
  maxBytes: number;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'it is a symbolic link loop',
  ENOENT: 'it is a symbolic link to nothing, or it was removed',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'its name is too long',
  EIO: 'the disk reported an input/output error',
};

function unreadable(e: unknown): ReadOutcome {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const why = REASONS[code] ?? ((e as Error)?.message || 'unknown error');
  return { problem: runnerFinding('input/unreadable', `The file cannot be read: ${why}${code ? ` (${code})` : ''}.`) };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Read a document's bytes, or say in one finding why not, never hanging and never reading
 * outside the project root: a symbolic link is followed only to a file inside it, a named pipe
 * or device is never opened, and a file over the limit is not read at all. The file is looked at
 * with asynchronous calls: on Node 20 a synchronous stat of a named pipe while a module is being
 * imported (the plugins, loaded on first need) makes that import fail.
 */
export async function readDocument(path: string, limits: ReadLimits): Promise<ReadOutcome> {
  let real: string;
  let info;
  try {
    real = await realpath(path);
    info = await stat(real);
  } catch (e) {
    return unreadable(e);
  }
  let root = limits.projectRoot;
  try {
    root = await realpath(root);
  } catch {
    // A root that does not resolve is judged as written.
  }
  if (!inside(root, real)) {
    return { problem: runnerFinding('input/outside-root', 'The file is a symbolic link to a file outside the project root; design-check does not read it. Check the file it points to from its own project, or replace the link by the file.') };
  }
  if (!info.isFile()) return { problem: runnerFinding('input/unreadable', 'The file cannot be read: it is not a regular file (a named pipe, a socket or a device), and design-check does not open such files.') };
  if (info.size > limits.maxBytes) return { problem: tooLarge(info.size, limits.maxBytes) };
  try {
    return { bytes: await readFile(real) };
  } catch (e) {
    return unreadable(e);
  }
}
