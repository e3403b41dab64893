// The parser thread's entry: remark and GFM are loaded with the module (top-level await), so that
// their load is not counted in a parse's time budget.
import { loadMarkdownParser, parseSource } from './parse.js';

await loadMarkdownParser();

export { parseSource };

/** The parser thread's warm-up: importing this module loaded remark; nothing more to do. */
export function ready(): void {}
