import type { Rule } from '@design-check/core';
import { hasProto, protoModelOf } from '../model.js';
import { reportProblems } from '../report.js';

/** A proto block that does not parse, at protobufjs's error; the other blocks are still checked. */
export const syntax: Rule<undefined, 'syntax' | 'engine' | 'tooLarge'> = {
  name: 'syntax',
  meta: {
    description: 'Require every Protocol Buffers block to parse.',
    messages: {
      syntax: 'Unexpected {{token}} in this proto block, expected {{expected}}',
      engine: 'Invalid Protocol Buffers: {{reason}}',
      tooLarge: 'The proto blocks of this document are too large to check ({{bytes}} characters, the limit is {{limit}}); split the schema or raise settings.proto.maxBytes',
    },
    appliesTo: hasProto,
  },
  async check(ctx) {
    const model = await protoModelOf(ctx);
    if (model.tooLarge) {
      const first = model.blocks[0];
      ctx.report({ messageId: 'tooLarge', data: model.tooLarge, at: { line: first.line, column: first.column } });
      return;
    }
    await reportProblems(ctx, ['syntax', 'engine']);
  },
};
