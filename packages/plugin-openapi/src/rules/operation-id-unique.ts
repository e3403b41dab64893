import { describeOperation, operations, type OperationSite, pathKey } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

/** An operationId used by two operations, in the same fragment or in different ones. */
export const operationIdUnique: Rule<undefined, 'duplicate' | 'firstUse'> = {
  name: 'operation-id-unique',
  meta: {
    description: 'Require every operationId to be unique across the OpenAPI fragments of the document.',
    messages: {
      duplicate: "Unexpected duplicate operationId '{{id}}' on {{operation}}: {{first}} (line {{firstLine}}) uses it already; operationIds must be unique across all fragments",
      firstUse: "operationId '{{id}}' is first used here, on {{operation}}",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    const seen = new Map<string, OperationSite>();
    for (const site of operations(model)) {
      const id = site.op.operationId;
      if (typeof id !== 'string' || id === '') continue;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, site);
        continue;
      }
      // The same operation written twice is a fragment conflict (or a harmless repeat), not a reuse.
      if (pathKey(first.path) === pathKey(site.path)) continue;
      const at = model.locateIn(site.fragment.index, [...site.path, 'operationId']);
      const firstAt = model.locateIn(first.fragment.index, [...first.path, 'operationId']);
      ctx.report({
        messageId: 'duplicate',
        data: { id, operation: describeOperation(site), first: describeOperation(first), firstLine: firstAt.line },
        at,
        related: [{ messageId: 'firstUse', data: { id, operation: describeOperation(first) }, at: firstAt }],
      });
    }
  },
};
