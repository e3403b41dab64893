/** The options that take a value (read by the argument parser and by the start-up snapshot's launcher, which must stay light). */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set(['-f', '--format', '-o', '--output-file', '--max-warnings', '--rule', '-c', '--config', '--print-config', '--explain', '--stdin-filename', '--project-root', '--max-file-size', '--cache-location']);
