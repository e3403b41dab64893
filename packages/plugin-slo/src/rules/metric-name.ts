import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { namePattern, styleName, suggestName, type NameStyle } from '../naming.js';

/** Options of `slo/metric-name`. */
export interface MetricNameOptions {
  /** `dot` (OpenTelemetry: `export.jobs.created`) or `snake` (Prometheus: `export_jobs_created_total`). */
  style: NameStyle;
  /** A regular expression that names must match instead of the style's. */
  pattern?: string;
}

/** Metric names follow one convention, dot-separated lowercase by default. */
export const metricName: Rule<MetricNameOptions, 'style'> = {
  name: 'metric-name',
  meta: {
    description: 'Require metric names in Metrics Design to follow the naming convention (dot-separated lowercase by default).',
    messages: {
      style: "Unexpected metric name '{{name}}', expected {{convention}} such as '{{suggestion}}'",
    },
    schema: {
      type: 'object',
      properties: { style: { enum: ['dot', 'snake'] }, pattern: { type: 'string', minLength: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { style: 'dot' },
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const { style, pattern } = ctx.options;
    const re = namePattern(style, pattern);
    for (const m of sloModel(ctx.doc).metrics) {
      if (!m.name || !m.nameCell || re.test(m.name.name)) continue;
      const data = { name: m.name.name, convention: styleName(style, pattern), suggestion: suggestName(m.name.name, style) };
      ctx.report({ messageId: 'style', data, at: spanIn(m.nameCell, m.name.index, m.name.length) });
    }
  },
};
