import { readStdin } from './stdin.js';

/** Where the CLI writes and what it knows of its terminal (a test passes its own). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** stdout is a terminal that takes colours. */
  isTTY: boolean;
  /** stderr is a terminal: a long batch shows a progress line there. */
  stderrIsTTY?: boolean;
  /** How long a batch runs before its progress line appears (default 2000 ms). */
  progressAfterMs?: number;
  /** Read stdin to its end, or a little past `maxBytes` (then the document is reported too large). */
  readStdin: (maxBytes: number) => Promise<string | Uint8Array>;
}

/**
 * Writes to a stream whose reader may go away (`design-check docs/ | head -1`): once the pipe is
 * closed, further text is dropped and the run ends as it would have, without a stack trace.
 */
function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

/** The IO of a real process. */
export function processIO(): CliIO {
  return {
    stdout: pipeWriter(process.stdout),
    stderr: pipeWriter(process.stderr),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
    stderrIsTTY: !!process.stderr.isTTY,
    readStdin: (maxBytes) => readStdin(maxBytes),
  };
}

/**
 * End the process with `code` once stdout and stderr have taken what was written to them, without
 * waiting for Node's teardown: a process started from the start-up snapshot would first free,
 * page by page, the heap the snapshot gave it (about 25 ms of a 0.8 s check on a virtual
 * machine), and its launcher has nothing left to do once that process has reported.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.destroyed || !stream.writable) done();
    else stream.write('', done);
  }
}
