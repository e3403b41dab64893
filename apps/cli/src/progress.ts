import type { CliIO } from './io.js';

/** After this long, a batch shows which file it is at (stderr, on a terminal only). */
export const PROGRESS_AFTER_MS = 2000;

/** A progress line for a batch of files: one line on stderr, rewritten in place, cleared at the end. */
export interface Progress {
  /** The batch starts on file `index` (1-based) of `total`. */
  at(index: number, total: number, path: string): void;
  /** Clear the line, before the report is printed. */
  done(): void;
}

/**
 * A progress line that appears only on a terminal (stderr is a TTY) and only once the batch has
 * run for `io.progressAfterMs`: short runs, pipes, CI logs and every machine-readable report stay
 * as they are.
 */
export function progress(io: CliIO): Progress {
  const started = Date.now();
  const after = io.progressAfterMs ?? PROGRESS_AFTER_MS;
  let shown = false;
  return {
    at(index, total, path) {
      if (!io.stderrIsTTY || total < 2 || Date.now() - started < after) return;
      shown = true;
      io.stderr(`\r\u001b[2Kdesign-check: ${index}/${total} ${path.length > 60 ? `…${path.slice(-59)}` : path}`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
      shown = false;
    },
  };
}
