import type { Rule } from '@design-check/core';
import { graphqlModelOf, hasGraphql } from '../model.js';

/** A GraphQL block that does not parse, at graphql-js's error; the other blocks are still checked. */
export const syntax: Rule<undefined, 'expected' | 'invalid' | 'tooLarge'> = {
  name: 'syntax',
  meta: {
    description: 'Require every GraphQL block to parse.',
    messages: {
      expected: 'Unexpected {{found}} in this GraphQL block, expected {{expected}}',
      invalid: 'Invalid GraphQL: {{reason}}',
      tooLarge: 'The GraphQL blocks of this document are too large to check ({{bytes}} characters, the limit is {{limit}}); split the schema or raise settings.graphql.maxBytes',
    },
    appliesTo: hasGraphql,
  },
  async check(ctx) {
    const model = await graphqlModelOf(ctx);
    if (model.tooLarge) {
      const first = model.blocks[0];
      ctx.report({ messageId: 'tooLarge', data: model.tooLarge, at: { line: first.line, column: first.column } });
      return;
    }
    for (const e of model.errors) {
      if (e.rule !== 'syntax') continue;
      const reason = e.message.replace(/^Syntax Error:\s*/, '').replace(/\.$/, '');
      const m = /^Expected (.+), found (.+)$/.exec(reason);
      if (m) ctx.report({ messageId: 'expected', data: { expected: m[1], found: m[2] }, at: e.at[0] });
      else ctx.report({ messageId: 'invalid', data: { reason }, at: e.at[0] });
    }
  },
};
