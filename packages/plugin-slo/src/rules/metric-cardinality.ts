import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';

/** Options of `slo/metric-cardinality`. */
export interface MetricCardinalityOptions {
  /** Dimensions with unbounded values; a label ending in one of them (`enduser.id`) counts too. */
  dimensions: string[];
}

const key = (s: string) => s.toLowerCase().replace(/[._\-\s]/g, '');

/** A metric dimension with unbounded values multiplies time series. */
export const metricCardinality: Rule<MetricCardinalityOptions, 'high'> = {
  name: 'metric-cardinality',
  meta: {
    description: 'Warn about high-cardinality dimensions (user ids, request ids, emails) on metrics.',
    messages: {
      high: "Unexpected high-cardinality dimension '{{label}}' on metric '{{metric}}': every value is a new time series; expected a bounded dimension (tier, region, status), with '{{label}}' kept on spans or logs",
    },
    schema: {
      type: 'object',
      properties: { dimensions: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { dimensions: ['user.id', 'request.id', 'session.id', 'trace.id', 'span.id', 'correlation.id', 'email', 'ip.address', 'client.ip'] },
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const banned = ctx.options.dimensions.map(key);
    for (const m of sloModel(ctx.doc).metrics) {
      if (!m.name || !m.labels) continue;
      for (const l of m.labelNames) {
        const k = key(l.name);
        if (!banned.some((b) => k === b || k.endsWith(b))) continue;
        ctx.report({ messageId: 'high', data: { label: l.name, metric: m.name.name }, at: spanIn(m.labels, l.index, l.length) });
      }
    }
  },
};
