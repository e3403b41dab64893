import { positionIn, siteOf, type ProblemKind } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

/** A fragment that cannot be parsed: one error at the exact place, the other fragments are still checked. */
export const yamlSyntax: Rule<undefined, ProblemKind | 'fileSyntax' | 'fileTooLarge' | 'fileTooDeep'> = {
  name: 'yaml-syntax',
  meta: {
    description: 'Require every OpenAPI fragment, and every file that a $ref names, to be valid YAML (or JSON) within the alias, size and nesting limits.',
    messages: {
      syntax: 'Invalid YAML in this OpenAPI fragment: {{reason}}; fix it so that the fragment can be checked',
      json: 'Invalid JSON in this OpenAPI fragment: {{reason}}; fix it so that the fragment can be checked',
      aliases: 'YAML aliases in this OpenAPI fragment {{reason}}; write the content out or raise settings.openapi.maxAliasCount',
      circular: 'Circular YAML alias in this OpenAPI fragment: {{reason}}; an OpenAPI description must be a tree',
      tooLarge: 'This OpenAPI fragment is too large to check ({{reason}}); split it or raise settings.openapi.maxFragmentBytes',
      tooDeep: 'This OpenAPI fragment {{reason}}, too deep to check; name the inner schemas under components and $ref them, or raise settings.openapi.maxDepth',
      fileSyntax: "Invalid YAML in {{file}}:{{line}}:{{column}}, which $ref '{{ref}}' leads to: {{reason}}; fix it so that it can be checked",
      fileTooLarge: "{{file}}, which $ref '{{ref}}' leads to, is too large to check ({{reason}}); split it or raise settings.openapi.maxFragmentBytes",
      fileTooDeep: "{{file}}, which $ref '{{ref}}' leads to, {{reason}}, too deep to check; name the inner schemas and $ref them, or raise settings.openapi.maxDepth",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    for (const f of model.fragments) {
      if (!f.problem) continue;
      const at = f.problem.kind === 'tooLarge' ? { line: f.block.line, column: f.block.column } : f.block.offsetToMarkdown(f.problem.offset);
      const reason = f.problem.message.replace(/\.$/, '');
      ctx.report({ messageId: f.problem.kind, data: { reason: reason.charAt(0).toLowerCase() + reason.slice(1) }, at });
    }
    for (const file of model.externals.values()) {
      const kind = file.problem?.kind;
      const site = siteOf(model, file.via);
      if (!site || !(kind === 'syntax' || kind === 'aliases' || kind === 'circular' || kind === 'tooLarge' || kind === 'tooDeep')) continue;
      const data = { file: file.shown, ref: file.via, reason: file.problem!.message, ...positionIn(file) };
      const messageId = kind === 'tooLarge' ? 'fileTooLarge' : kind === 'tooDeep' ? 'fileTooDeep' : 'fileSyntax';
      ctx.report({ messageId, data, at: model.locateIn(site.fragment, site.path) });
    }
  },
};
