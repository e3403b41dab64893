import type { Rule } from '@design-check/core';
import { hasProto, protoModelOf } from '../model.js';
import { reportProblems } from '../report.js';

/**
 * A proto block that does not parse, at protobufjs's error; the other blocks are still checked. An
 * import whose path leaves the proto tree (absolute, `~`, a URL, `..`) is reported on its line.
 */
export const syntax: Rule<undefined, 'syntax' | 'engine' | 'importPath' | 'tooLarge'> = {
  name: 'syntax',
  meta: {
    description: 'Require every Protocol Buffers block to parse, and every import to name a path in the proto tree.',
    messages: {
      syntax: 'Unexpected {{token}} in this proto block, expected {{expected}}',
      engine: 'Invalid Protocol Buffers: {{reason}}',
      importPath: "Unexpected import '{{path}}', expected a path in the proto tree, relative and without '..' (as 'acme/common/v1/money.proto'); design-check never reads imported files",
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
    await reportProblems(ctx, ['syntax', 'engine', 'importPath']);
  },
};
