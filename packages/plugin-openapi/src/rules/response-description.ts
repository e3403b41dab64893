import { isObj, type JsonPath, describeOperation, operations } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

function lacksDescription(response: unknown): boolean {
  if (!isObj(response) || typeof response.$ref === 'string') return false;
  return typeof response.description !== 'string' || response.description.trim() === '';
}

/** A response object without a description (OpenAPI requires one on every response). */
export const responseDescription: Rule<undefined, 'missing' | 'missingComponent'> = {
  name: 'response-description',
  meta: {
    description: 'Require a non-empty description on every response (of paths, webhooks, callbacks, path item components and components/responses).',
    messages: {
      missing: "Response '{{code}}' of {{operation}} has no description; add `description:` (OpenAPI requires it on every response)",
      missingComponent: "Response component '{{name}}' has no description; add `description:` (OpenAPI requires it on every response)",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    for (const site of operations(model)) {
      if (!isObj(site.op.responses)) continue;
      for (const [code, response] of Object.entries(site.op.responses)) {
        if (!lacksDescription(response)) continue;
        const path: JsonPath = [...site.path, 'responses', code];
        ctx.report({ messageId: 'missing', data: { code, operation: describeOperation(site) }, at: model.locateIn(site.fragment.index, path) });
      }
    }
    for (const fragment of model.usable) {
      const v = fragment.value ?? {};
      const responses = isObj(v.components) ? v.components.responses : undefined;
      if (!isObj(responses)) continue;
      for (const [name, response] of Object.entries(responses)) {
        if (lacksDescription(response)) {
          ctx.report({ messageId: 'missingComponent', data: { name }, at: model.locateIn(fragment.index, ['components', 'responses', name]) });
        }
      }
    }
  },
};
