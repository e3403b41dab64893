import { RuleTester } from '@design-check/core';
import { doc, performance } from '../__fixtures__/docs.js';
import { budgetFormat } from './budget-format.js';

const one = (budget: string, method = 'k6 load test, APM') => doc(...performance([['Export API', 'p95 latency', budget, method]]));
const words = one('fast enough');
const unitless = one('< 200');
const noMethod = one('< 200ms', '');

new RuleTester({ plugin: 'slo' }).run(budgetFormat, {
  valid: [
    one('< 200ms').code,
    one('< 200ms for job creation').code,
    one('300 submissions/s sustained').code,
    one('1M records in < 5 min').code,
    one('< 190 ms during reindex (180 ms today)').code,
    { name: 'not applicable', code: one('N/A (no new endpoint)', '').code },
    { name: 'placeholders', code: one('_(e.g., < 200ms)_', '_(e.g., load test)_').code },
  ],
  invalid: [
    { code: words.code, errors: [{ messageId: 'unparsed', data: { budget: 'fast enough', component: 'Export API' }, ...words.at('fast enough') }] },
    { code: unitless.code, errors: [{ messageId: 'unparsed', data: { budget: '< 200', component: 'Export API' }, ...unitless.at('< 200') }] },
    { code: noMethod.code, errors: [{ messageId: 'noMethod', data: { component: 'Export API' }, line: 5, column: noMethod.at('< 200ms').column + 10 }] },
  ],
});
