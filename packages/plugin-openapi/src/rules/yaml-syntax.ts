import { type ProblemKind } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

/** A fragment that cannot be parsed: one error at the exact place, the other fragments are still checked. */
export const yamlSyntax: Rule<undefined, ProblemKind> = {
  name: 'yaml-syntax',
  meta: {
    description: 'Require every OpenAPI fragment to be valid YAML (or JSON) within the alias and size limits.',
    messages: {
      syntax: 'Invalid YAML in this OpenAPI fragment: {{reason}}; fix it so that the fragment can be checked',
      json: 'Invalid JSON in this OpenAPI fragment: {{reason}}; fix it so that the fragment can be checked',
      aliases: 'YAML aliases in this OpenAPI fragment {{reason}}; write the content out or raise settings.openapi.maxAliasCount',
      circular: 'Circular YAML alias in this OpenAPI fragment: {{reason}}; an OpenAPI description must be a tree',
      tooLarge: 'This OpenAPI fragment is too large to check ({{reason}}); split it or raise settings.openapi.maxFragmentBytes',
    },
    appliesTo,
  },
  check(ctx) {
    for (const f of modelOf(ctx).fragments) {
      if (!f.problem) continue;
      const at = f.problem.kind === 'tooLarge' ? { line: f.block.line, column: f.block.column } : f.block.offsetToMarkdown(f.problem.offset);
      const reason = f.problem.message.replace(/\.$/, '');
      ctx.report({ messageId: f.problem.kind, data: { reason: reason.charAt(0).toLowerCase() + reason.slice(1) }, at });
    }
  },
};
