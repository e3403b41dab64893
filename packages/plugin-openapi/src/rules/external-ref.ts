import { fileTarget, refSites } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

/** Options of `openapi/external-ref`. */
export interface ExternalRefOptions {
  /** Accept file refs that stay inside the project root (they are read and checked); default true. */
  allowFilesInProject?: boolean;
}

/**
 * A `$ref` to a URL or to a file outside the project root (also through a symbolic link):
 * never fetched, never read, always reported. Files inside the project are read and checked.
 */
export const externalRef: Rule<ExternalRefOptions, 'remote' | 'outside' | 'file'> = {
  name: 'external-ref',
  meta: {
    description: 'Report remote $refs and file $refs that leave the project root; neither is ever read.',
    messages: {
      remote: "Remote $ref '{{ref}}' is not fetched; define the schema in a fragment of this document and reference it as '#/components/…'",
      outside: "File $ref '{{ref}}' points outside the project root and is not read; reference a component of this document instead",
      file: "File $ref '{{ref}}' makes the design depend on a file beside it; define the schema in a fragment of this document and reference it as '#/components/…'",
    },
    schema: {
      type: 'object',
      properties: { allowFilesInProject: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { allowFilesInProject: true },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    const allowFiles = ctx.options.allowFilesInProject;
    for (const site of refSites(model)) {
      if (site.kind === 'local' || site.kind === 'empty') continue;
      const at = model.locateIn(site.fragment, site.path);
      if (site.kind === 'remote') {
        ctx.report({ messageId: 'remote', data: { ref: site.ref }, at });
        continue;
      }
      const target = fileTarget(site.ref, ctx.doc.path, ctx.projectRoot);
      if (!target.inside || model.externals.get(target.path)?.problem?.kind === 'outside') ctx.report({ messageId: 'outside', data: { ref: site.ref }, at });
      else if (!allowFiles) ctx.report({ messageId: 'file', data: { ref: site.ref }, at });
    }
  },
};
