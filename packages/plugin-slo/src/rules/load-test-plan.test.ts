import { RuleTester } from '@design-check/core';
import { doc, performance } from '../__fixtures__/docs.js';
import { loadTestPlan } from './load-test-plan.js';

const one = (users: string, duration: string) => doc(...performance([['Export API', 'p95 latency', '< 200ms', 'k6']], [['Steady state', users, duration, 'p99 < 500ms']]));
const zero = one('0', '30 min');
const decimal = one('2.5', '30 min');
const words = one('lots', '30 min');
const negative = one('-5', '30 min');
const noUnit = one('400', '30');
const empty = one('', '');

new RuleTester({ plugin: 'slo' }).run(loadTestPlan, {
  valid: [
    one('400', '30 min').code,
    one('2,000', '5 min').code,
    one('50 on one paymentId', '2 min').code,
    one('200 connector threads', '20 min').code,
    one('1.5k virtual users', '1h').code,
    one('ramp 0 → 500', '45 minutes').code,
    { name: 'a duration in words', code: one('1 batch job', 'one run').code },
    { name: 'not applicable', code: one('N/A (batch job)', 'n/a').code },
    { name: 'placeholders', code: one('_(100)_', '_(30 min)_').code },
  ],
  invalid: [
    { code: zero.code, errors: [{ messageId: 'users', data: { users: '0', scenario: 'Steady state' }, ...zero.at('| 0 |', 1), column: zero.at('| 0 |').column + 2 }] },
    { code: decimal.code, errors: [{ messageId: 'users', data: { users: '2.5', scenario: 'Steady state' }, ...decimal.at('2.5') }] },
    { code: negative.code, errors: [{ messageId: 'users', data: { users: '-5', scenario: 'Steady state' }, ...negative.at('-5') }] },
    { code: words.code, errors: [{ messageId: 'users', data: { users: 'lots', scenario: 'Steady state' }, ...words.at('lots') }] },
    { code: noUnit.code, errors: [{ messageId: 'duration', data: { duration: '30', scenario: 'Steady state' }, ...noUnit.at('| 30 |'), column: noUnit.at('| 30 |').column + 2 }] },
    {
      code: empty.code,
      errors: [
        { messageId: 'noUsers', data: { scenario: 'Steady state' }, line: 11, column: 18 },
        { messageId: 'noDuration', data: { scenario: 'Steady state' }, line: 11, column: 21 },
      ],
    },
  ],
});
