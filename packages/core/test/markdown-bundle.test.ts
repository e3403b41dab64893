import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from './repo-files.js';

// core parses with its bundle of remark and GFM (scripts/bundle-markdown.mjs), which changes one
// thing for speed: mdast-util-from-markdown's handlers get one compile context instead of a copy
// per event. Both must give the same tree, positions included.
const BUNDLE = fileURLToPath(new URL('../dist/vendor/markdown.cjs', import.meta.url));

interface Modules {
  unified: typeof unified;
  remarkParse: typeof remarkParse;
  remarkGfm: typeof remarkGfm;
}

const bundled = createRequire(import.meta.url)(BUNDLE) as Modules;
const fromBundle = bundled.unified().use(bundled.remarkParse).use(bundled.remarkGfm);
const fromPackages = unified().use(remarkParse).use(remarkGfm);

describe("core's markdown bundle", () => {
  it('shares one compile context across events (the change it makes)', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).toContain('const shared = { ...context, sliceSerialize: void 0 };');
    expect(text.match(/\(shared\.sliceSerialize = events\[index\d*\]\[2\]\.sliceSerialize, shared\)/g)).toHaveLength(3);
    expect(text).not.toMatch(/\{\s*\.\.\.context,\s*sliceSerialize: events/);
  });

  it('gives the tree the packages give, positions included, for every markdown file of the repository', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const variants = /[\\/]examples[\\/]/.test(file) ? [text, text.replace(/\r?\n/g, '\r\n')] : [text];
      for (const variant of variants) expect(JSON.stringify(fromBundle.parse(variant)), file).toBe(JSON.stringify(fromPackages.parse(variant)));
    }
  }, 120_000);

  it('gives the same tree for the constructs whose handlers read the context most: lists, tables, footnotes, references, HTML, autolinks', () => {
    const text = [
      '# Title *with* `code`',
      '',
      '1. first\n   - nested [link][ref] and www.example.com\n   - [x] done\n2. second\n\n   loose',
      '',
      '| a | b |\n|:--|--:|\n| `x\\|y` | **z** |',
      '',
      'Text with a footnote[^1] and <span>html</span> and ~~strike~~ and https://example.com/path.',
      '',
      '[^1]: The note.\n    Continued.',
      '',
      '[ref]: https://example.com "Title"',
      '',
      '> quote\n> - item\n',
      '```yaml\nkey: value\n```',
      '',
      'Setext\n======',
      '',
      '<!-- comment -->',
      '',
      '* * *',
      '',
      '![image](a.png) &amp; \\* escaped',
    ].join('\n');
    expect(JSON.stringify(fromBundle.parse(text))).toBe(JSON.stringify(fromPackages.parse(text)));
  });
});
