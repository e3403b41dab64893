import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { NAMING_SCHEMA, lowerCaseFix, namePattern, styleName, suggestName, type NamingOptions } from '../naming.js';

/** Options of `slo/span-name`. */
export type SpanNameOptions = NamingOptions;

// OpenTelemetry names HTTP server spans `{method} {route}`: `POST /v1/refunds`.
const HTTP_SPAN = /^(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE|CONNECT|HTTP)(?:\s+\/\S*)?$/;
// Messaging spans `{operation} {destination}` (`send orders.v1`), or `{destination} {operation}` before semantic conventions 1.25.
const OPERATION = '(?:publish|create|send|receive|process|settle|deliver)';
const DESTINATION = '[a-z0-9][a-z0-9._:/{}-]*';
const MESSAGING_SPAN = new RegExp(`^(?:${OPERATION} ${DESTINATION}|${DESTINATION} ${OPERATION})$`);
// RPC spans `{rpc.service}/{rpc.method}`: `grpc.health.v1.Health/Check`.
const RPC_SPAN = /^[A-Za-z_][\w.]*\/[A-Za-z_]\w*$/;
const conventional = (name: string) => HTTP_SPAN.test(name) || MESSAGING_SPAN.test(name) || RPC_SPAN.test(name);

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
        if (re.test(family(n.name)) || conventional(n.name)) continue;
        const data = { name: n.name, convention: styleName(style, pattern), suggestion: suggestName(n.name, style) };
        const fixed = lowerCaseFix(ctx.doc, s.span!.offset + n.index, n.name, (lower) => family(lower) === suggestName(family(n.name), style) && re.test(family(lower)));
        ctx.report({ messageId: 'style', data, at: spanIn(s.span!, n.index, n.length), ...fixed });
      }
    }
  },
};
