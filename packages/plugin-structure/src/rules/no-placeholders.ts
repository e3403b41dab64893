import type { DesignDoc, Rule } from '@design-check/core';
import { lineStarts, rootOf, walk } from '../util/mdast.js';
import { CODE_TOKENS, compileUserPattern, PROSE_PATTERNS, type PlaceholderPattern } from '../util/patterns.js';
import { excerpt } from '../util/placeholders.js';

/** Options of `structure/no-placeholders`. */
export interface NoPlaceholdersOptions {
  /** Extra regular expressions (sources) that mark a placeholder in prose. */
  patterns: string[];
  /** Regular expressions (sources); a placeholder whose text matches one is allowed. */
  ignore: string[];
}

interface Hit {
  kind: PlaceholderPattern['kind'];
  text: string;
  line: number;
  column: number;
}

/** Nodes whose text is not prose: code, links, link definitions, HTML and footnote labels. */
const MASKED = new Set(['code', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'html', 'footnoteReference']);

function maskedRanges(doc: DesignDoc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  walk(rootOf(doc), (n) => {
    if (!MASKED.has(n.type) || !n.position) return;
    out.push([n.position.start.offset ?? 0, n.position.end.offset ?? 0]);
    return false;
  });
  return out;
}

/** Number of lines of a front matter block (`---` … `---` at the top, which core does not parse), or 0. */
function frontMatterLines(doc: DesignDoc): number {
  if (!/^(?:---|\+\+\+)[ \t]*$/.test(doc.lines[0] ?? '')) return 0;
  const first = rootOf(doc).children?.[0]?.position?.start.line;
  if (first === 1) return 0;
  const end = doc.lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.|\+\+\+)[ \t]*$/.test(l));
  return end < 0 || (first !== undefined && end + 1 >= first) ? 0 : end + 1;
}

function proseHits(doc: DesignDoc, patterns: PlaceholderPattern[]): Hit[] {
  const masks = maskedRanges(doc);
  const starts = lineStarts(doc.text);
  const masked = (off: number) => masks.some(([a, b]) => off >= a && off < b);
  const front = frontMatterLines(doc);
  const hits: Hit[] = [];
  doc.lines.forEach((text, i) => {
    for (const { kind, re, skipFrontMatter } of patterns) {
      if (skipFrontMatter && i < front) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        if (!masked(starts[i] + m.index)) hits.push({ kind, text: m[0], line: i + 1, column: m.index + 1 });
      }
    }
  });
  return hits;
}

function codeHits(doc: DesignDoc): Hit[] {
  const hits: Hit[] = [];
  for (const block of doc.codeBlocks) {
    block.lines.forEach((text, i) => {
      const lower = text.toLowerCase();
      for (const token of CODE_TOKENS) {
        for (let at = lower.indexOf(token.toLowerCase()); at >= 0; at = lower.indexOf(token.toLowerCase(), at + token.length)) {
          const pos = block.toMarkdown(i + 1, at + 1);
          hits.push({ kind: 'placeholder', text: text.slice(at, at + token.length), ...pos });
        }
      }
    });
  }
  return hits;
}

/** Template placeholders (`[Mission Name]`, `_(e.g., …)_`, `YYYY-MM-DD`, TBD, TODO) must be replaced. */
export const noPlaceholders: Rule<NoPlaceholdersOptions, 'placeholder' | 'marker'> = {
  name: 'no-placeholders',
  meta: {
    description: 'Disallow template placeholders and TBD/TODO markers left in the design.',
    messages: {
      placeholder: 'Unexpected template placeholder "{{placeholder}}", expected real content',
      marker: 'Unexpected "{{placeholder}}" marker; finish this part of the design or record it in Open Questions',
    },
    schema: {
      type: 'object',
      properties: {
        patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
        ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { patterns: [], ignore: [] },
  },
  check(ctx) {
    const { patterns, ignore } = ctx.options;
    const extra = patterns.map((p, i) => ({ kind: 'placeholder' as const, re: compileUserPattern(p, `patterns[${i}]`) }));
    const skip = ignore.map((p, i) => compileUserPattern(p, `ignore[${i}]`));
    const hits = [...proseHits(ctx.doc, [...PROSE_PATTERNS, ...extra]), ...codeHits(ctx.doc)];
    hits.sort((a, b) => a.line - b.line || a.column - b.column || b.text.length - a.text.length);
    let last = { line: 0, end: 0 };
    for (const h of hits) {
      // One finding per placeholder: `_(e.g., TBD)_` is reported once, not twice.
      if (h.line === last.line && h.column < last.end) continue;
      last = { line: h.line, end: h.column + h.text.length };
      if (skip.some((re) => ((re.lastIndex = 0), re.test(h.text)))) continue;
      ctx.report({
        messageId: h.kind,
        data: { placeholder: excerpt(h.text) },
        at: { line: h.line, column: h.column, endLine: h.line, endColumn: h.column + h.text.length },
      });
    }
  },
};
