/** `text` (a CommonJS bundle named `file`) with every character above U+00FF escaped where it stands (latin1.mjs). */
export function latin1Source(text: string, file: string): string;
