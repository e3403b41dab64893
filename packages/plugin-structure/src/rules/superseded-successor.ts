import { type DesignDoc, type Rule, type Span, isBlank, metadataOf, readStatus } from '@design-check/core';
import { renderedLinks, type OffsetSpan } from '../util/mdast.js';

const SUCCESSOR_KEY = /^(?:superseded by|successor(?: design)?|replaced by)$/;
const SUCCESSOR_WORDS = /supersed|successor|replaced by/i;

const within = (l: OffsetSpan, s: Span) => l.offset >= s.offset && l.endOffset <= s.endOffset;

/** Links (inline, reference or definitions) on a line of prose that speaks of a successor (`> Superseded by [v2](…)`). */
function proseSuccessor(doc: DesignDoc): boolean {
  const code = doc.codeBlocks;
  return [...doc.links, ...renderedLinks(doc)].some((l) => {
    const line = doc.lines[l.line - 1] ?? '';
    return SUCCESSOR_WORDS.test(line) && !code.some((b) => l.line >= b.line && l.line <= b.endLine);
  });
}

/** A superseded design links the design that replaces it. */
export const supersededSuccessor: Rule<Record<string, never>, 'missing' | 'notLinked'> = {
  name: 'superseded-successor',
  meta: {
    description: 'Require a link to the successor design when Status is superseded.',
    messages: {
      missing: 'Missing successor: Status is superseded, expected a "Superseded by" metadata row linking the design that replaces this one',
      notLinked: 'Unexpected plain "{{field}}" value "{{value}}", expected a link to the successor design',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check(ctx) {
    const { doc } = ctx;
    const status = readStatus(doc);
    if (status?.value !== 'superseded') return;
    const links = renderedLinks(doc);
    if (links.some((l) => within(l, status.cell))) return;
    const row = [...metadataOf(doc).entries()].find(([key]) => SUCCESSOR_KEY.test(key))?.[1];
    if (row?.value && !isBlank(row.value.text)) {
      const linked = links.some((l) => within(l, row.value!));
      if (!linked) ctx.report({ messageId: 'notLinked', data: { field: row.key, value: row.value.text }, at: { line: row.value.line, column: row.value.column } });
      return;
    }
    if (proseSuccessor(doc)) return;
    ctx.report({ messageId: 'missing', at: { line: status.cell.line, column: status.cell.column } });
  },
};
