import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { NAMING_SCHEMA, lowerCaseFix, namePattern, styleName, suggestName, type NamingOptions } from '../naming.js';

/** Options of `slo/metric-name`. */
export type MetricNameOptions = NamingOptions;

/** Metric names follow one convention, dot-separated lowercase by default; a name wrong only by its capitals is lower-cased by `--fix`. */
export const metricName: Rule<MetricNameOptions, 'style'> = {
  name: 'metric-name',
  meta: {
    description: 'Require metric names in Metrics Design to follow the naming convention (dot-separated lowercase by default).',
    messages: {
      style: "Unexpected metric name '{{name}}', expected {{convention}} such as '{{suggestion}}'",
    },
    schema: NAMING_SCHEMA,
    defaultOptions: { style: 'dot' },
    appliesTo: has('metrics'),
    fixable: true,
  },
  check(ctx) {
    const { style, pattern } = ctx.options;
    const re = namePattern(style, pattern);
    for (const m of sloModel(ctx.doc).metrics) {
      if (!m.name || !m.nameCell || re.test(m.name.name)) continue;
      const data = { name: m.name.name, convention: styleName(style, pattern), suggestion: suggestName(m.name.name, style) };
      const fixed = lowerCaseFix(ctx.doc, m.nameCell.offset + m.name.index, m.name.name, (lower) => lower === data.suggestion && re.test(lower));
      ctx.report({ messageId: 'style', data, at: spanIn(m.nameCell, m.name.index, m.name.length), ...fixed });
    }
  },
};
