import { RuleTester } from '@design-check/core';
import { doc, observability, performance, SLO_HEADER, table } from '../__fixtures__/docs.js';
import { latencyWithinBudget } from './latency-within-budget.js';

const design = (budgets: string[][], slos: string[][]) => doc(...performance(budgets), ...observability(['Health Targets / SLOs', table(SLO_HEADER, slos)]));
const budget = [['Export API', 'p95 latency', '< 200ms', 'k6']];
const looser = design(budget, [['Export API', 'latency p95', '< 300ms', '5% of requests may exceed', '3x for 15m']]);
const seconds = design([['Outbox relay', 'end-to-end lag', '< 2 s p99 from commit', 'histogram']], [['Outbox relay', 'freshness', '99% of events published < 5 s', '1% over 30d', '5x for 15m']]);
const operations = [
  ['Refunds API (createRefund)', 'p95 latency', '< 250ms', 'k6'],
  ['Refunds API (getRefund)', 'p95 latency', '< 120ms', 'k6'],
];
const ofOperation = design([['Serving API (GetOnlineFeatures)', 'p99 latency', '≤ 25 ms', 'ghz']], [['Serving API', 'latency p99', '≤ 40 ms', '1% of requests may exceed', '2x for 1h']]);

new RuleTester({ plugin: 'slo' }).run(latencyWithinBudget, {
  valid: [
    design(budget, [['Export API', 'latency p95', '< 200ms', '5%', '3x for 15m']]).code,
    design(budget, [['Export API', 'latency p95', 'p95 < 0.15 s', '5%', '3x for 15m']]).code,
    { name: 'the loosest of several budget thresholds', code: design([['Export API', 'p95 latency', '< 10 ms (cache hit), < 40 ms (miss)', 'k6']], [['Export API', 'latency p95', '< 40 ms', '5%', '3x for 15m']]).code },
    { name: 'another percentile', code: design(budget, [['Export API', 'latency p99', '< 500ms', '1%', '3x for 15m']]).code },
    { name: 'another component', code: design(budget, [['Export worker', 'latency p95', '< 500ms', '5%', '3x for 15m']]).code },
    { name: 'an SLO of the whole API within the loosest budget of its operations', code: design(operations, [['Refunds API', 'latency p95', '< 250ms', '5%', '3x for 15m']]).code },
    { name: 'another kind of duration', code: design([['Indexer', 'p95 batch latency', '< 200ms', 'APM']], [['Indexer', 'freshness', '95% of changes searchable < 30 s', '5% over 30d', '3x for 15m']]).code },
  ],
  invalid: [
    {
      code: looser.code,
      errors: [{ messageId: 'looser', data: { percentile: 95, slo: '300ms', budget: '200ms', component: 'Export API' }, ...looser.at('300ms'), related: [{ messageId: 'budget', ...looser.at('200ms') }] }],
    },
    {
      name: 'an SLO of the whole API against the budget of its one operation',
      code: ofOperation.code,
      errors: [{ messageId: 'looser', data: { percentile: 99, slo: '40ms', budget: '25ms', component: 'Serving API' }, ...ofOperation.at('40 ms'), related: [{ messageId: 'budget', ...ofOperation.at('25 ms') }] }],
    },
    {
      name: 'a share of events against a budget with the percentile after it',
      code: seconds.code,
      errors: [{ messageId: 'looser', data: { percentile: 99, slo: '5s', budget: '2s', component: 'Outbox relay' }, ...seconds.at('5 s'), related: [{ messageId: 'budget', ...seconds.at('2 s') }] }],
    },
  ],
});
