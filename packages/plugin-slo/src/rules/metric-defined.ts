import { closestName, type Rule } from '@design-check/core';
import { codeSpans, spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { metricKey, type MetricRef } from '../refs.js';

/** Options of `slo/metric-defined`. */
export interface MetricDefinedOptions {
  /** Metrics defined elsewhere: names, or prefixes ending in `*` (instrumentation libraries' `http.server.*`). */
  known: string[];
}

type MessageId = 'alert' | 'alertDidYouMean' | 'slo' | 'sloDidYouMean';

/** Metrics that alerts and SLOs use are the metrics that Metrics Design defines. */
export const metricDefined: Rule<MetricDefinedOptions, MessageId> = {
  name: 'metric-defined',
  meta: {
    description: 'Require every metric used in an alert condition or an SLO to be defined in Metrics Design.',
    messages: {
      alert: "Unexpected metric '{{metric}}' in the condition of alert '{{owner}}': Metrics Design does not define it, expected one of its metrics or a new row for it",
      alertDidYouMean: "Unexpected metric '{{metric}}' in the condition of alert '{{owner}}': Metrics Design does not define it; did you mean '{{suggestion}}'?",
      slo: "Unexpected metric '{{metric}}' in the SLO of '{{owner}}': Metrics Design does not define it, expected one of its metrics or a new row for it",
      sloDidYouMean: "Unexpected metric '{{metric}}' in the SLO of '{{owner}}': Metrics Design does not define it; did you mean '{{suggestion}}'?",
    },
    schema: {
      type: 'object',
      properties: { known: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    // OpenTelemetry semantic-convention namespaces, emitted by instrumentation libraries.
    defaultOptions: { known: ['http.*', 'rpc.*', 'db.*', 'messaging.*', 'process.*', 'system.*', 'runtime.*', 'jvm.*', 'k8s.*', 'container.*', 'otel.*', 'up'] },
    appliesTo: has('metrics'),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    const defined = new Map<string, string>();
    for (const m of model.metrics) if (m.name) defined.set(metricKey(m.name.name), m.name.name);
    // Labels, span names and span attributes are not metrics, though they look alike.
    const other = new Set([...model.commonDimensions, ...model.metrics.flatMap((m) => m.labelNames.map((l) => l.name)), ...model.spans.flatMap((s) => [...s.names.map((n) => n.name), ...s.row.cells.flatMap((c) => codeSpans(c).map((n) => n.name))])].map(metricKey));
    const known = ctx.options.known.map((k) => (k.endsWith('*') ? { prefix: metricKey(k.slice(0, -1)) } : { name: metricKey(k) }));
    const isKnown = (key: string) => defined.has(key) || other.has(key) || known.some((k) => ('prefix' in k ? key.startsWith(k.prefix!) : key === k.name));
    const names = [...defined.values()];
    const check = (ref: MetricRef, owner: string, kind: 'alert' | 'slo') => {
      if (isKnown(metricKey(ref.name))) return;
      const suggestion = closestName(ref.name, names);
      const messageId = suggestion ? (`${kind}DidYouMean` as const) : kind;
      ctx.report({ messageId, data: { metric: ref.name, owner, ...(suggestion ? { suggestion } : {}) }, at: spanIn(ref.cell, ref.index, ref.length) });
    };
    for (const a of model.alerts) for (const ref of a.metricRefs) check(ref, a.alert?.text || a.condition?.text || '', 'alert');
    for (const s of model.slos) for (const ref of s.metricRefs) check(ref, s.component?.text || '', 'slo');
  },
};
