import { RuleTester } from '@design-check/core';
import { ALERT_HEADER, doc, observability, SLO_HEADER, table } from '../__fixtures__/docs.js';
import { alertBurnRate } from './alert-burn-rate.js';

const design = (...conditions: string[]) =>
  doc(
    ...observability(
      ['Health Targets / SLOs', table(SLO_HEADER, [['Export API', 'availability', '99.9%', '0.1% over 30d rolling', '14.4x over 1h and 5m; 6x over 6h'], ['Export API', 'latency p95', '< 200ms', '5% of requests may exceed', '3x burn rate for 15m window']])],
      ['Alerting Plan', table(ALERT_HEADER, conditions.map((c, i) => [`Alert ${i + 1}`, c, 'P1', 'on-call paging', '[RB](https://runbooks.example.com/x)']))],
    ),
  );
const other = design('burn_rate > 3x for 15m', 'burn rate > 2x for 1h');
const window = design('burn rate 14.4x over 6h');

new RuleTester({ plugin: 'slo' }).run(alertBurnRate, {
  valid: [
    design('burn_rate > 3x for 15m').code,
    design('burn rate ≥ 14.4× over 1h and 5m').code,
    design('SLO burn rate 6x/6h').code,
    { name: 'a share of the budget', code: design('2% of the error budget burned in 1h').code },
    { name: 'a non-burn alert with a factor', code: design('5xx rate > 2x 7-day baseline for 5m').code },
  ],
  invalid: [
    { code: other.code, errors: [{ messageId: 'mismatch', data: { alert: '2x for 1h', expected: '14.4x/1h, 6x/6h, 3x/15m' }, ...other.at('2x for 1h'), related: [{ messageId: 'thresholds', ...other.at('14.4x over 1h') }] }] },
    { name: 'the right factor in the wrong window', code: window.code, errors: [{ messageId: 'mismatch', data: { alert: '14.4x over 6h', expected: '14.4x/1h, 6x/6h, 3x/15m' }, ...window.at('14.4x over 6h') }] },
  ],
});
