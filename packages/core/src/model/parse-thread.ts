// The parser thread's entry: remark and GFM are imported with the module, so that their load is
// not counted in a parse's time budget, and never required (see loadMarkdownParser).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { parseSource, setMarkdownParser } from './parse.js';

setMarkdownParser(unified().use(remarkParse).use(remarkGfm) as unknown as { parse(text: string): Root });

export { parseSource };
