/** Where the CLI writes and what it knows of its terminal (a test passes its own). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  readStdin: () => Promise<string>;
}
