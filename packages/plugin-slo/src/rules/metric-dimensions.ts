import type { Rule } from '@design-check/core';
import { isLeftover } from '../cells.js';
import { has, sloModel } from '../model.js';

/** Options of `slo/metric-dimensions`. */
export interface MetricDimensionsOptions {
  /** Dimensions every metric carries, in its row or declared for all metrics of the section. */
  required: string[];
}

const key = (s: string) => s.toLowerCase().replace(/[._\-\s]/g, '');
// A row that says it carries the common set: `operation, status_code (+ common labels)`.
const COMMON = /\b(?:common|standard|default|required|resource|global|shared)\b/i;

/** Every metric carries the required dimensions. */
export const metricDimensions: Rule<MetricDimensionsOptions, 'missing'> = {
  name: 'metric-dimensions',
  meta: {
    description: 'Require every metric to carry the required dimensions, in its row or declared for all metrics of Metrics Design.',
    messages: {
      missing: "Unexpected metric '{{metric}}' without {{missing}}, expected {{them}} in its Labels/Dimensions or declared for all metrics below the table (\"Required dimensions include: {{required}}\")",
    },
    schema: {
      type: 'object',
      properties: { required: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { required: ['service.name', 'service.version', 'division'] },
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    const required = ctx.options.required;
    if (!required.length) return;
    const common = new Set([...model.commonDimensions].map(key));
    for (const m of model.metrics) {
      if (!m.name || isLeftover(m.labels)) continue;
      if (m.labels && COMMON.test(m.labels.text)) continue;
      const own = new Set(m.labelNames.map((l) => key(l.name)));
      const missing = required.filter((d) => !common.has(key(d)) && !own.has(key(d)));
      if (!missing.length) continue;
      const data = { metric: m.name.name, missing: missing.map((d) => `\`${d}\``).join(', '), them: missing.length > 1 ? 'them' : 'it', required: required.map((d) => `\`${d}\``).join(', ') };
      ctx.report({ messageId: 'missing', data, at: m.labels ?? m.nameCell! });
    }
  },
};
