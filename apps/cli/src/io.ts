/** Where the CLI writes and what it knows of its terminal (a test passes its own). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Read stdin to its end, or a little past `maxBytes` (then the document is reported too large). */
  readStdin: (maxBytes: number) => Promise<string | Uint8Array>;
}
