import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { NAMING_SCHEMA, lowerCaseFix, namePattern, styleName, suggestName, type NamingOptions } from '../naming.js';

/** Options of `slo/span-name`. */
export type SpanNameOptions = NamingOptions;

// OpenTelemetry names HTTP server spans `{method} {route}`: `POST /v1/refunds`.
const HTTP_SPAN = /^(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE|CONNECT|HTTP)(?:\s+\/\S*)?$/;

/** Span names in the Instrumentation Plan follow one convention. */
export const spanName: Rule<SpanNameOptions, 'style'> = {
  name: 'span-name',
  meta: {
    description: 'Require span names in the Instrumentation Plan to follow the naming convention (dot-separated lowercase by default).',
    messages: {
      style: "Unexpected span name '{{name}}', expected {{convention}} such as '{{suggestion}}'",
    },
    schema: NAMING_SCHEMA,
    defaultOptions: { style: 'dot' },
    appliesTo: has('spans'),
    fixable: true,
  },
  check(ctx) {
    const { style, pattern } = ctx.options;
    const re = namePattern(style, pattern);
    for (const s of sloModel(ctx.doc).spans) {
      for (const n of s.names) {
        // A wildcard or a template names a family of spans: `refunds.acquirer.*`, `worker.{job_type}`.
        const family = (written: string) => written.replace(/\.\*$/, '.x').replace(/\{[a-z0-9_.]+\}/g, 'x');
        if (re.test(family(n.name)) || HTTP_SPAN.test(n.name)) continue;
        const data = { name: n.name, convention: styleName(style, pattern), suggestion: suggestName(n.name, style) };
        const fixed = lowerCaseFix(ctx.doc, s.span!.offset + n.index, n.name, (lower) => family(lower) === suggestName(family(n.name), style) && re.test(family(lower)));
        ctx.report({ messageId: 'style', data, at: spanIn(s.span!, n.index, n.length), ...fixed });
      }
    }
  },
};
