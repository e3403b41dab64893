import { closestName, type Rule } from '@design-check/core';
import { isEmpty, isLeftover } from '../cells.js';
import { has, sloModel } from '../model.js';

/** Options of `slo/metric-type`. */
export interface MetricTypeOptions {
  /** The instrument types a metric may have. */
  types: string[];
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** A metric's Type is one of the known instrument types. */
export const metricType: Rule<MetricTypeOptions, 'unknown' | 'unknownDidYouMean' | 'missing'> = {
  name: 'metric-type',
  meta: {
    description: 'Require every metric in Metrics Design to have a Type from the list of instrument types.',
    messages: {
      unknown: "Unexpected metric type '{{type}}' for '{{metric}}', expected one of {{expected}}",
      unknownDidYouMean: "Unexpected metric type '{{type}}' for '{{metric}}', expected one of {{expected}}; did you mean '{{suggestion}}'?",
      missing: "Write the type of metric '{{metric}}': one of {{expected}}",
    },
    schema: {
      type: 'object',
      properties: { types: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { types: ['counter', 'gauge', 'histogram', 'summary', 'updowncounter'] },
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const types = ctx.options.types;
    const expected = types.join(', ');
    for (const m of sloModel(ctx.doc).metrics) {
      const metric = m.name?.name ?? '';
      if (!metric || isLeftover(m.type)) continue;
      if (isEmpty(m.type)) {
        ctx.report({ messageId: 'missing', data: { metric, expected }, at: m.type ?? m.nameCell! });
        continue;
      }
      const written = squash(m.type!.text);
      // `Counter (monotonic)`, `up-down counter`, `observable gauge`, `exponential histogram`.
      if (types.some((t) => written.includes(squash(t)))) continue;
      const type = m.type!.text;
      const suggestion = closestName(type.toLowerCase().split(/[\s(]/)[0], types);
      ctx.report({ messageId: suggestion ? 'unknownDidYouMean' : 'unknown', data: { type, metric, expected, ...(suggestion ? { suggestion } : {}) }, at: m.type! });
    }
  },
};
