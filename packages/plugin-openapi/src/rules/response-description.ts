import type { Rule } from '@design-check/core';
import { isObj, METHODS, type JsonPath } from '../fragments/merge.js';
import { describeOperation } from '../fragments/operations.js';
import { appliesTo, modelOf } from './context.js';

function lacksDescription(response: unknown): boolean {
  if (!isObj(response) || typeof response.$ref === 'string') return false;
  return typeof response.description !== 'string' || response.description.trim() === '';
}

/** A response object without a description (OpenAPI requires one on every response). */
export const responseDescription: Rule<undefined, 'missing' | 'missingComponent'> = {
  name: 'response-description',
  meta: {
    description: 'Every response, inline or under components/responses, has a non-empty description.',
    messages: {
      missing: "Response '{{code}}' of {{operation}} has no description; add `description:` (OpenAPI requires it on every response).",
      missingComponent: "Response component '{{name}}' has no description; add `description:` (OpenAPI requires it on every response).",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    for (const fragment of model.usable) {
      const v = fragment.value ?? {};
      for (const base of ['paths', 'webhooks']) {
        const items = v[base];
        if (!isObj(items)) continue;
        for (const [route, item] of Object.entries(items)) {
          if (!isObj(item)) continue;
          for (const [method, op] of Object.entries(item)) {
            if (!METHODS.has(method) || !isObj(op) || !isObj(op.responses)) continue;
            for (const [code, response] of Object.entries(op.responses)) {
              if (!lacksDescription(response)) continue;
              const path: JsonPath = [base, route, method, 'responses', code];
              ctx.report({ messageId: 'missing', data: { code, operation: describeOperation({ base, route, method }) }, at: model.locateIn(fragment.index, path) });
            }
          }
        }
      }
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
