import type { Code } from 'mdast';
import type { CodeBlock, Section } from './nodes.js';
import { spanOf } from './spans.js';

const LANGS: Record<string, string> = {
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'json',
  ts: 'typescript',
  typescript: 'typescript',
  tsx: 'typescript',
  gherkin: 'gherkin',
  feature: 'gherkin',
  cucumber: 'gherkin',
  proto: 'protobuf',
  protobuf: 'protobuf',
  graphql: 'graphql',
  gql: 'graphql',
};

/** Normalise a fence's language (`yml` → `yaml`, `ts` → `typescript`, `feature` → `gherkin`). */
export function normalizeLang(lang: string | null | undefined): string {
  if (!lang) return '';
  // `{.yaml}` (pandoc) and `yaml:refunds.yaml` (a file name after the language) name yaml too.
  const l = lang.toLowerCase().replace(/^\{?\.?/, '').replace(/\}$/, '').split(':')[0];
  return LANGS[l] ?? l;
}

/**
 * Build a code block with an exact map from block positions to markdown positions.
 * Each content line is found in its markdown line: the container prefix (list indent, `> `)
 * and fence indent that markdown stripped become the column offset of that line.
 */
export function buildCodeBlock(node: Code, lines: string[], section: Section | undefined): CodeBlock {
  const span = spanOf(node);
  const value = node.value.replace(/\r\n?/g, '\n');
  const valueLines = value.split('\n');
  const startLine = node.position!.start.line;
  const firstLine = lines[startLine - 1] ?? '';
  const fenced = /^[\s>]*(`{3,}|~{3,})/.test(firstLine.slice(node.position!.start.column - 1)) ||
    /^(\s|>)*(`{3,}|~{3,})/.test(firstLine);
  // A fence opened on the last line (nothing after it) maps its empty content to the fence line.
  const contentLine = fenced ? Math.min(startLine + 1, Math.max(node.position!.end.line, startLine), Math.max(lines.length, 1)) : startLine;
  const offsets = valueLines.map((text, i) => {
    const src = lines[contentLine - 1 + i] ?? '';
    if (text.length > 0 && src.endsWith(text)) return src.length - text.length;
    // Tabs partly expanded by markdown: fall back to the block's own column.
    const lead = /^[\s>]*/.exec(src)?.[0].length ?? 0;
    return Math.max(0, Math.min(lead, node.position!.start.column - 1));
  });
  const { toMarkdown, offsetToMarkdown } = blockPositions(valueLines, contentLine, offsets);
  return {
    ...span,
    lang: normalizeLang(node.lang),
    rawLang: node.lang ?? '',
    meta: node.meta ?? '',
    value,
    lines: valueLines,
    section,
    contentLine,
    columnOffsets: offsets,
    toMarkdown,
    offsetToMarkdown,
    node,
  };
}

/**
 * The position maps of a code block from plain data: its lines, the markdown line of its first
 * content line, and each line's column offset (what list indents and `> ` took). A block that
 * crosses to another thread is rebuilt from these.
 */
export function blockPositions(valueLines: string[], contentLine: number, columnOffsets: readonly number[]): Pick<CodeBlock, 'toMarkdown' | 'offsetToMarkdown'> {
  const lineStarts: number[] = [0];
  for (let i = 0; i < valueLines.length - 1; i++) lineStarts.push(lineStarts[i] + valueLines[i].length + 1);
  const toMarkdown = (line: number, column: number) => {
    const i = Math.min(Math.max(line, 1), valueLines.length) - 1;
    return { line: contentLine + i, column: Math.max(column, 1) + (columnOffsets[i] ?? 0) };
  };
  const offsetToMarkdown = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return toMarkdown(lo + 1, offset - lineStarts[lo] + 1);
  };
  return { toMarkdown, offsetToMarkdown };
}

// An opening fence, after any list markers, quote markers and indentation that hold it.
const FENCE_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)*(?:`{3,}|~{3,})[ \t]*([^\s`]+)/gm;

/**
 * The languages of the fences in raw markdown, normalised as {@link normalizeLang} does, found by
 * a quick scan before any parse. A hint for loading engines early, not a parse: it may list a
 * fence the parser reads differently (inside an HTML block, say).
 */
export function fenceLanguages(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FENCE_LINE)) out.add(normalizeLang(m[1]));
  return out;
}
