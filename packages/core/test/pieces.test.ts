import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from './repo-files.js';
import { parseInPieces, piecesOf } from '../src/model/pieces.js';
import { parseMarkdown } from '../src/model/parse.js';

const processor = unified().use(remarkParse).use(remarkGfm);
const whole = (text: string): Root => processor.parse(text) as Root;
const inPieces = (text: string): Root => parseInPieces(text, whole);



const filler = 'The service keeps one record per refund and answers within the budget below; '.repeat(30);

/** A design of `sections` numbered sections of about 2.5 KB each, with `between` at the end of the second. */
function design(sections: number, between = ''): string {
  const parts = ['# Technical Design: refunds', ''];
  for (let i = 1; i <= sections; i++) parts.push(`## ${i}. Section ${i}`, '', filler, '', ...(i === 2 && between ? [between, ''] : []));
  return parts.join('\n');
}

describe('a design parsed in pieces', () => {
  it('gives the tree of one parse, positions included, for every markdown file of the repository (the examples with CRLF too)', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(200);
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      // The examples with CRLF line ends too.
      const variants = /[\\/]examples[\\/]/.test(file) ? [text, text.replace(/\r?\n/g, '\r\n')] : [text];
      for (const variant of variants) {
        // A text that is not cut is parsed in one: nothing to compare.
        if (piecesOf(variant).length === 1) continue;
        cut++;
        expect(JSON.stringify(inPieces(variant)), file).toBe(JSON.stringify(whole(variant)));
      }
    }
    // Most designs are long enough to be cut: a test that never cut would prove nothing.
    expect(cut).toBeGreaterThan(50);
  }, 120_000);

  it('cuts at top-level headings after a blank line, into pieces of 2 000 characters or more, and counts lines and offsets', () => {
    const text = design(4);
    const pieces = piecesOf(text);
    expect(pieces.length).toBe(4);
    const lines = text.split('\n');
    for (const { offset, line } of pieces.slice(1)) {
      expect(lines[line]).toMatch(/^## \d\. Section/);
      expect(text.slice(offset, offset + 3)).toBe('## ');
    }
    const tree = parseMarkdown(text);
    expect(tree).toEqual(whole(text));
    expect(tree.children.filter((n) => n.type === 'heading').map((n) => n.position?.start.line)).toEqual([1, 3, 7, 11, 15]);
  });

  it('never cuts inside a fenced code block: a "# comment" after a blank line in YAML stays code', () => {
    const yaml = ['```yaml', 'openapi: 3.0.3', '', '# Refunds', 'paths: {}', '', '# Orders', '```'].join('\n');
    const text = design(4, yaml);
    const yamlLine = text.split('\n').indexOf('# Refunds');
    expect(piecesOf(text).map((p) => p.line)).not.toContain(yamlLine);
    expect(inPieces(text)).toEqual(whole(text));
    const code = inPieces(text).children.find((n) => n.type === 'code');
    expect(code?.type === 'code' && code.value).toContain('# Orders');
  });

  it('parses the whole text again when a piece ends in an open block that the next heading would not end', () => {
    // A closing fence indented four spaces is code: the fence stays open past the next headings.
    const open = design(5, '```\ncode\n    ```\n');
    expect(piecesOf(open).length).toBeGreaterThan(1);
    expect(inPieces(open)).toEqual(whole(open));
    expect(inPieces(open).children.filter((n) => n.type === 'heading')).toHaveLength(3);
    const cases = {
      'a fence in a list, never closed': '- step\n  ```yaml\n  a: 1\n',
      'a top-level fence that its own closer does not close': '````md\n```\n',
      'an HTML comment across headings': '<!-- reviewers:\n\n# not a heading here\n',
      'an inline comment opened in a paragraph': 'See <!-- the note\n',
      'an inline code span that looks like a fence': '```not a fence``` and text\n\n```\ncode\n',
    };
    for (const [what, between] of Object.entries(cases)) {
      const text = design(5, between);
      expect(inPieces(text), what).toEqual(whole(text));
    }
  });

  it('parses whole a text with link or footnote definitions, raw HTML blocks that blank lines do not end, a lone CR or a byte order mark', () => {
    for (const between of ['[spec]: https://example.com/spec', 'See [^1].\n\n[^1]: A footnote.', '<pre>\n\n# kept\n\n</pre>', '<script>\n</script>', '<?xml version="1.0"?>', '<!DOCTYPE html>']) {
      const text = design(5, between);
      expect(piecesOf(text), between).toHaveLength(1);
      expect(inPieces(text)).toEqual(whole(text));
    }
    expect(piecesOf(design(5).replace(/\n/g, '\r'))).toHaveLength(1);
    expect(piecesOf(`\uFEFF${design(5)}`)).toHaveLength(1);
    expect(piecesOf(design(5))).toHaveLength(5);
  });

  it('gives the tree of one parse for 150 documents mixed from every kind of block', () => {
    const blocks = [
      '# Title', '## 2. Section', '#', '#\tTab heading', '# Closed heading #', '#hashtag', ' # indented heading', filler,
      '- one\n- two\n\n  continued', '1. first\n2. second', '> quote\n> more', '> ```\n> code in a quote',
      '```yaml\nopenapi: 3.0.3\n\n# comment\npaths: {}\n```', '```yaml\n# never closed\n\na: 1', '~~~\n# tilde\n\n~~~', '````md\n```\n# inner\n\n```\n````',
      '- ```ts\n  type A = 1;\n\n# after a list fence', '<!-- a comment\n\n# heading in it\n\n-->', '<!-- one line -->', '| a | b |\n|---|---|\n| 1 | 2 |',
      '<div>\n# not a heading\n</div>', '    # indented code', 'Setext\n===', 'Para\n---', '* * *', '<details>\n<summary>x</summary>\n\n# inside\n\n</details>',
      'Text <!-- inline\n\n# H\n\n--> end', '```js```', '- [ ] task\n- [x] done', '> - list in a quote\n>\n> # heading in a quote', '1) paren\n\n   ```\n   code\n\n# H',
    ];
    let seed = 20261201;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let cut = 0;
    for (let i = 0; i < 150; i++) {
      const parts = Array.from({ length: 20 + next(40) }, () => blocks[next(blocks.length)] + ['\n', '\n\n', ''][next(3)]);
      const text = next(4) === 0 ? parts.join('\n').replace(/\n/g, '\r\n') : parts.join('\n');
      if (piecesOf(text).length > 1) cut++;
      expect(inPieces(text), text).toEqual(whole(text));
    }
    expect(cut).toBeGreaterThan(10);
  }, 120_000);
});
