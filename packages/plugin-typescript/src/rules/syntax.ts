import type { Rule } from '@design-check/core';
import { appliesTo, modelOf, sourceOf, wording } from '../model.js';

/** A TypeScript block that does not parse, at its first parse error; the other blocks are still compiled. */
export const syntax: Rule<undefined, 'syntax' | 'related'> = {
  name: 'syntax',
  meta: {
    description: 'Require every TypeScript block to parse.',
    messages: {
      syntax: 'Invalid TypeScript: {{message}}',
      related: '{{message}}',
    },
    appliesTo,
  },
  async check(ctx) {
    const reported = new Set<number>();
    for (const d of (await modelOf(ctx)).diagnostics) {
      // The first parse error of a block; the parser's later ones follow from it.
      if (d.kind !== 'syntax' || reported.has(d.block)) continue;
      reported.add(d.block);
      const related = d.related.map((r) => ({ messageId: 'related' as const, data: { message: r.message }, at: r.at }));
      ctx.report({ messageId: 'syntax', data: { message: wording(d), code: d.code }, at: d.at, source: sourceOf(d), related });
    }
  },
};
