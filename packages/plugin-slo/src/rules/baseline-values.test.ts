import { RuleTester } from '@design-check/core';
import { BASELINE_HEADER, doc, observability, table } from '../__fixtures__/docs.js';
import { baselineValues } from './baseline-values.js';

const one = (value: string) => doc(...observability(['Production Baseline (Existing Components)', table(BASELINE_HEADER, [['User API', 'p95 latency', value, '[User API](https://grafana.example.com/d/user)', 'Medium']])]));
const words = one('pretty fast');

new RuleTester({ plugin: 'slo' }).run(baselineValues, {
  valid: [one('142ms').code, one('0.03%').code, one('41% of traffic').code, one('N/A (new component)').code, one('_(e.g., 142ms)_').code],
  invalid: [{ code: words.code, errors: [{ messageId: 'unparsed', data: { value: 'pretty fast', component: 'User API' }, ...words.at('pretty fast') }] }],
});
