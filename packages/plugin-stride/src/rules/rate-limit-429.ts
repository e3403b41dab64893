import type { Rule } from '@design-check/core';
import { mayHaveFragments, openApiModelOf, operations, responses, type OperationSite } from '@design-check/openapi-model';
import { claimed, limitedOperations } from '../claims.js';
import { appliesTo, threatModelOf } from '../model.js';
import { NO_OPTIONS } from '../util.js';

/** When Security Controls claim rate limiting, the limited operations declare a 429 response. */
export const rateLimit429: Rule<Record<string, never>, 'no429' | 'claimedHere'> = {
  name: 'rate-limit-429',
  meta: {
    description: 'Warn when Security Controls claim rate limiting but an API operation declares no 429 response.',
    messages: {
      no429: "Unexpected {{operation}} without a '429' response: Security Controls claim rate limiting, expected a '429' response (with Retry-After) that tells clients about the limit",
      claimedHere: 'Rate limiting is claimed here',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo: (doc) => appliesTo(doc) && mayHaveFragments(doc),
  },
  check(ctx) {
    const control = claimed(threatModelOf(ctx.doc).controls, 'Rate limiting');
    if (!control) return;
    const model = openApiModelOf(ctx);
    // Webhooks and callbacks are requests this service makes, not requests it limits.
    const ops = operations(model).filter((site) => site.base === 'paths');
    if (!ops.length) return;
    const with429 = new Set<OperationSite['op']>();
    for (const r of responses(model)) if (r.status === '429' || r.status.toUpperCase() === '4XX') with429.add(r.operation.op);
    const declares = (site: OperationSite) => with429.has(site.op);
    for (const site of limitedOperations(control.description, ops, declares)) {
      if (declares(site)) continue;
      ctx.report({
        messageId: 'no429',
        data: { operation: site.label },
        at: model.locateIn(site.fragment.index, site.path),
        related: [{ messageId: 'claimedHere', at: { line: control.at.line, column: control.at.column } }],
      });
    }
  },
};
