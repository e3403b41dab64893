import { RuleTester } from '@design-check/core';
import { ALERT_HEADER, doc, METRIC_HEADER, observability, REQUIRED_DIMENSIONS, SLO_HEADER, SPAN_HEADER, table } from '../__fixtures__/docs.js';
import { metricDefined } from './metric-defined.js';

const metricsDesign: [string, string[]] = [
  'Metrics Design',
  [...table(METRIC_HEADER, [['`export.jobs.created`', 'counter', 'format', 'Jobs'], ['`export.processing.duration`', 'histogram', 'format, status_code', 'Time'], ['`export.parts.late`', 'counter', 'service', 'Late parts']]), '', REQUIRED_DIMENSIONS],
];
const withAlerts = (...conditions: string[]) => doc(...observability(metricsDesign, ['Alerting Plan', table(ALERT_HEADER, conditions.map((c, i) => [`Alert ${i + 1}`, c, 'P2', 'on-call paging', '[RB](https://runbooks.example.com/x)']))]));
const typo = withAlerts('`export.parts.lates` > 5 in 1h');
const unknown = withAlerts('`export.queue.depth` > 1000 for 10m');
const promql = withAlerts('`sum(rate(export_jobs_failed_total{format="csv"}[5m])) > 3`');
const slo = doc(...observability(metricsDesign, ['Health Targets / SLOs', table([...SLO_HEADER, 'SLI'], [['Export API', 'latency p95', '< 2 s', '5% of requests may exceed', '3x burn rate for 15m window', '`export.request.duration` histogram']])]));

const other = withAlerts('`payment.failed` events > 100/min', 'DLQ topic `orders.created.dlq` not empty for 10m', 'errors on refunds.create spans > 1%', '`status_code` label = 5xx on `export.processing.duration` > 1%');

new RuleTester({ plugin: 'slo' }).run(metricDefined, {
  valid: [
    { name: 'events, topics, spans and labels named in a condition are not metrics', code: other.code },
    withAlerts('`export.parts.late` > 5 in 1h', 'export.jobs.created rate drops 50% below the 7-day baseline').code,
    { name: 'computed values and prose', code: withAlerts('burn_rate > 3x for 15m', '5xx rate > 2x 7-day baseline for 5m', '`unknown` > 1% of submissions for 30m', 'dlq events > 0.1% of events, e.g. during a replay').code },
    { name: 'Prometheus names of defined metrics', code: withAlerts('`histogram_quantile(0.99, sum by (le) (rate(export_processing_duration_seconds_bucket[5m]))) > 2`').code },
    { name: 'a label in code', code: withAlerts('`status_code` = 5xx on `export.processing.duration` > 1%').code },
    { name: 'an instrumentation library metric', code: withAlerts('`http.server.request.duration` p99 > 1 s for 10m').code },
    {
      name: 'span names and attributes are not metrics',
      code: doc(...observability(metricsDesign, ['Instrumentation Plan', table(SPAN_HEADER, [['Export API', '`export.job.create`', 'server span', '`export.format`', 'x']])], ['Alerting Plan', table(ALERT_HEADER, [['Slow jobs', '`export.job.create` p99 > 2 s', 'P3', 'team channel', '[RB](https://x.example.com)']])])).code,
    },
    { name: 'a metric known from elsewhere', code: unknown.code, options: { known: ['export.queue.*'] } },
  ],
  invalid: [
    { code: typo.code, errors: [{ messageId: 'alertDidYouMean', data: { metric: 'export.parts.lates', owner: 'Alert 1', suggestion: 'export.parts.late' }, ...typo.at('export.parts.lates') }] },
    { code: unknown.code, errors: [{ messageId: 'alert', data: { metric: 'export.queue.depth', owner: 'Alert 1' }, ...unknown.at('export.queue.depth') }] },
    { name: 'inside a PromQL expression', code: promql.code, errors: [{ messageId: 'alert', data: { metric: 'export_jobs_failed_total', owner: 'Alert 1' }, ...promql.at('export_jobs_failed_total') }] },
    { name: 'an SLO measured on an undefined metric', code: slo.code, errors: [{ messageId: 'slo', data: { metric: 'export.request.duration', owner: 'Export API' }, ...slo.at('export.request.duration') }] },
  ],
});
