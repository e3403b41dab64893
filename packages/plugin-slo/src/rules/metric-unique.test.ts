import { RuleTester } from '@design-check/core';
import { doc, metrics, METRIC_HEADER, observability, REQUIRED_DIMENSIONS, table } from '../__fixtures__/docs.js';
import { metricUnique } from './metric-unique.js';

const twice = metrics([
  ['`export.jobs.created`', 'counter', 'format', 'Jobs created'],
  ['`export.jobs.failed`', 'counter', 'reason', 'Jobs failed'],
  ['`export.jobs.created`', 'counter', 'customer_tier', 'Jobs created, by tier'],
]);
const split = doc(
  ...observability(['Metrics Design', ['#### API', '', ...table(METRIC_HEADER, [['`export.requests.duration`', 'histogram', 'route', 'API latency']]), '', '#### Worker', '', ...table(METRIC_HEADER, [['export.requests.duration', 'histogram', 'queue', 'Worker latency']]), '', REQUIRED_DIMENSIONS]]),
);

new RuleTester({ plugin: 'slo' }).run(metricUnique, {
  valid: [metrics([['`export.jobs.created`', 'counter', 'format', 'x'], ['`export.jobs.failed`', 'counter', 'format', 'y']]).code],
  invalid: [
    {
      code: twice.code,
      errors: [{ messageId: 'duplicate', data: { metric: 'export.jobs.created', line: twice.at('export.jobs.created').line }, ...twice.at('export.jobs.created', 2), related: [{ messageId: 'first', ...twice.at('export.jobs.created') }] }],
    },
    {
      name: 'across split tables',
      code: split.code,
      errors: [{ messageId: 'duplicate', data: { metric: 'export.requests.duration', line: split.at('export.requests.duration').line }, ...split.at('export.requests.duration', 2), related: [{ messageId: 'first', ...split.at('export.requests.duration') }] }],
    },
  ],
});
