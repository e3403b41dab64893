import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel, type MetricRow } from '../model.js';

/** No metric is declared twice in Metrics Design. */
export const metricUnique: Rule<Record<string, never>, 'duplicate' | 'first'> = {
  name: 'metric-unique',
  meta: {
    description: 'Disallow declaring the same metric twice in Metrics Design.',
    messages: {
      duplicate: "Unexpected second declaration of metric '{{metric}}' (first on line {{line}}), expected one row per metric: merge the rows or rename one",
      first: "Metric '{{metric}}' is first declared here",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const seen = new Map<string, MetricRow>();
    for (const m of sloModel(ctx.doc).metrics) {
      if (!m.name || !m.nameCell) continue;
      const first = seen.get(m.name.name);
      if (!first) {
        seen.set(m.name.name, m);
        continue;
      }
      const firstAt = spanIn(first.nameCell!, first.name!.index, first.name!.length);
      ctx.report({
        messageId: 'duplicate',
        data: { metric: m.name.name, line: firstAt.line },
        at: spanIn(m.nameCell, m.name.index, m.name.length),
        related: [{ messageId: 'first', data: { metric: m.name.name }, at: firstAt }],
      });
    }
  },
};
