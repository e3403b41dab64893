import type { Rule } from '@design-check/core';
import { rootOf, type MdNode } from '../util/mdast.js';

const isComment = (n: MdNode) => n.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(n.value ?? '');

/** Content that renders: everything but thematic breaks (`---`) and HTML comments. */
const renders = (n: MdNode) => n.type !== 'thematicBreak' && n.type !== 'heading' && !isComment(n);

/** A section with no content at all; a section whose content is only subsections is fine. */
export const emptySections: Rule<Record<string, never>, 'empty'> = {
  name: 'empty-sections',
  meta: {
    description: 'Disallow sections with no content.',
    messages: {
      empty: 'Empty section "{{section}}"; write its content or remove the heading',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(ctx) {
    const blocks = (rootOf(ctx.doc).children ?? []).filter(renders);
    for (const s of ctx.doc.sections) {
      if (s.children.length) continue;
      const has = blocks.some((b) => b.position!.start.line > s.endLine && b.position!.start.line <= s.lastLine);
      if (!has) ctx.report({ messageId: 'empty', data: { section: s.title }, at: { line: s.line, column: s.column } });
    }
  },
};
