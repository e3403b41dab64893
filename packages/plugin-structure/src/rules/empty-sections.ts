import type { Rule } from '@design-check/core';
import { rootOf, walk, type MdNode } from '../util/mdast.js';

const isComment = (n: MdNode) => n.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(n.value ?? '');

/** Blocks that render nothing: thematic breaks (`---`), HTML comments and link definitions. */
const silent = (n: MdNode) => n.type === 'thematicBreak' || n.type === 'definition' || isComment(n);

/** Containers whose blocks are looked at one by one (a heading may stand inside them). */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem']);

/** A section with no content at all; a section whose content is only subsections is fine. */
export const emptySections: Rule<Record<string, never>, 'empty'> = {
  name: 'empty-sections',
  meta: {
    description: 'Disallow sections with no content.',
    messages: {
      empty: 'Empty section "{{section}}"; write its content or remove the heading',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check(ctx) {
    // Every block that renders, also inside blockquotes and lists, where a heading may stand too
    // (`> ### Summary` followed by `> We build…`).
    const blocks: Array<{ line: number; offset: number }> = [];
    walk(rootOf(ctx.doc), (n) => {
      if (CONTAINERS.has(n.type)) return;
      if (n.type !== 'heading' && !silent(n) && n.position) blocks.push({ line: n.position.start.line, offset: n.position.start.offset ?? 0 });
      return false;
    });
    for (const s of ctx.doc.sections) {
      if (s.children.length) continue;
      const has = blocks.some((b) => b.offset >= s.endOffset && b.line <= s.lastLine);
      if (!has) ctx.report({ messageId: 'empty', data: { section: s.title }, at: { line: s.line, column: s.column } });
    }
  },
};
