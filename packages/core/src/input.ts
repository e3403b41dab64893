import type { Diagnostic } from './types.js';
import { docsUrl } from './urls.js';

/** The default size limit of a document: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A document as read: its text, or the one finding that stops its check, and a warning if any. */
export type DecodedInput = { text: string; warning?: Diagnostic } | { stop: Diagnostic };

/** One finding of the runner about the input itself (`input/…`, `internal/…`). */
export function runnerFinding(ruleId: string, message: string, line = 1, column = 1, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { ruleId, severity, message, line, column, url: docsUrl(ruleId) };
}

/** `20 MiB`, `512 KiB`, `300 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * The one finding of a document over the size limit. `bytes` is its size, or undefined when it
 * is a stream read no further than the limit (its size is not known).
 */
export function tooLarge(bytes: number | undefined, maxBytes: number): Diagnostic {
  const limit = formatBytes(maxBytes);
  const size = bytes === undefined ? undefined : formatBytes(bytes);
  const what = size === undefined ? `larger than the limit of ${limit} (it was read no further)` : `${size}${size === `${bytes} bytes` ? '' : ` (${bytes} bytes)`}, over the limit of ${limit}`;
  return runnerFinding('input/too-large', `The document is ${what}; split it into one design per mission, or raise the limit (--max-file-size).`);
}

/** Index of the first byte of `bytes` that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in UTF-16 code units, as every finding) of the end of `before`. */
function endOf(before: string): { line: number; column: number } {
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Check and decode a document before it is parsed: over `maxBytes`, or holding a NUL byte (not
 * text), it stops with one finding. Bytes that are not UTF-8 are read as U+FFFD and the check
 * goes on, with one warning at the first of them. A string is taken as already decoded.
 */
export function decodeInput(input: string | Uint8Array, maxBytes: number): DecodedInput {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > maxBytes) return { stop: tooLarge(bytes, maxBytes) };
  const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = endOf(text.slice(0, nul).replace(/^\uFEFF/, ''));
    return { stop: runnerFinding('input/not-text', 'The file contains a NUL byte; a design document must be UTF-8 text.', line, column) };
  }
  if (typeof input === 'string') return { text };
  const bad = firstInvalidUtf8(input);
  if (bad < 0) return { text };
  const before = Buffer.from(input.buffer, input.byteOffset, bad).toString('utf8').replace(/^\uFEFF/, '');
  const { line, column } = endOf(before);
  const warning = runnerFinding(
    'input/bad-encoding',
    'The file is not valid UTF-8: its invalid bytes, the first here, are read as U+FFFD (�) and the rest is checked; save the file as UTF-8.',
    line,
    column,
    'warning',
  );
  return { text, warning };
}
