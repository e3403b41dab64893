import type { Rule } from '@design-check/core';
import { appliesTo, modelOf, sourceOf, wording } from '../model.js';

/** A TypeScript block that does not parse; the other blocks are still compiled. */
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
    for (const d of (await modelOf(ctx)).diagnostics) {
      if (d.kind !== 'syntax') continue;
      const related = d.related.map((r) => ({ messageId: 'related' as const, data: { message: r.message }, at: r.at }));
      ctx.report({ messageId: 'syntax', data: { message: wording(d), code: d.code }, at: d.at, source: sourceOf(d), related });
    }
  },
};
