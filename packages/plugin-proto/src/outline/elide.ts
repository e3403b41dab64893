import type { Site } from '../types.js';

// `...` or `…` standing for what a design leaves out: alone, between `{`, `;`, line breaks and `}`.
const ELISION = /(?<=^|[\s{;])(?:\.{3}|…)(?=[ \t]*(?:$|[\n};]|\/\/))/g;

/** The elisions of a block (`message Order { ... }`, a line `...` among fields). */
export function elisions(text: string): Site[] {
  return [...text.matchAll(ELISION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with its elisions blanked out (same length, same line breaks), for the parser. */
export function elide(text: string): string {
  return text.replace(ELISION, (m) => ' '.repeat(m.length));
}
