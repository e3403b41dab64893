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
  readStdin: () => Promise<string>;
}
