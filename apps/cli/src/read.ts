import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { runnerFinding, tooLarge, type Diagnostic } from '@design-check/core';

/** A document as read: its bytes, or the one finding that says why it was not read. */
export type ReadOutcome = { bytes: Uint8Array } | { problem: Diagnostic };

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
 * or device is never opened, and a file over the limit is not read at all.
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

/**
 * Read stdin to its end, or up to `maxBytes` and one byte more: what is past the limit is not
 * kept (a stream that never ends does not hang the run), and the caller reports the size.
 */
export async function readStdin(maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
