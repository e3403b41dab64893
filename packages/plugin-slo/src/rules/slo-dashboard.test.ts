import { RuleTester } from '@design-check/core';
import { DASHBOARD_HEADER, doc, observability, SLO_HEADER, table } from '../__fixtures__/docs.js';
import { sloDashboard } from './slo-dashboard.js';

const design = (components: string[], dashboards: string[][]) =>
  doc(
    ...observability(
      ['Health Targets / SLOs', table(SLO_HEADER, components.map((c) => [c, 'availability', '99.9%', '0.1%', '2x for 1h']))],
      ['Dashboard Specification', table(DASHBOARD_HEADER, dashboards)],
    ),
  );
const withProse = (prose: string) =>
  doc(...observability(['Health Targets / SLOs', table(SLO_HEADER, [['Refresh job', 'success rate', '90% of weekly runs', '10% over 90d', 'N/A']])], ['Dashboard Specification', [prose]]));
const planned = withProse('Dashboards come with the first release; see the observability epic.');
const missing = design(['Export API', 'Packaging worker'], [['Data Export Health', 'RED metrics, jobs by status, SLO burn-down', 'on-call', 'yes']]);

new RuleTester({ plugin: 'slo' }).run(sloDashboard, {
  valid: [
    design(['Refunds API (createRefund)', 'Outbox relay'], [['Refunds Service Health', 'RED per endpoint, SLO burn-down, outbox lag', 'on-call', 'yes']]).code,
    { name: 'word forms', code: design(['Indexer', 'Reindex API'], [['Search Indexing Health', 'Freshness p50/p95, events by outcome', 'on-call', 'yes']]).code },
    { name: 'a Dashboard Specification that says why none is needed', code: withProse('N/A — four runs a month do not need a dashboard; failed runs alert.').code },
    { name: 'payout-engine and Payout Schedules', code: design(['payout-engine'], [['Payout Schedules', 'Run duration vs cut-off', 'on-call', 'yes']]).code },
  ],
  invalid: [
    { code: missing.code, errors: [{ messageId: 'missing', data: { component: 'Packaging worker' }, ...missing.at('Packaging worker') }] },
    { name: 'prose that plans no dashboard row', code: planned.code, errors: [{ messageId: 'missing', data: { component: 'Refresh job' }, ...planned.at('Refresh job') }] },
  ],
});
