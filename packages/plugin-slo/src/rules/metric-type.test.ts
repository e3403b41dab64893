import { RuleTester } from '@design-check/core';
import { metrics } from '../__fixtures__/docs.js';
import { metricType } from './metric-type.js';

const one = (type: string) => metrics([['`export.jobs.created`', type, 'format', 'Jobs created']]);
const timer = one('timer');
const typo = one('guage');
const empty = one('');

new RuleTester({ plugin: 'slo' }).run(metricType, {
  valid: [
    one('counter').code,
    one('Histogram').code,
    one('**gauge**').code,
    { name: 'words around the type', code: one('Counter (monotonic)').code },
    { name: 'up-down counter', code: one('up-down counter').code },
    { name: 'an observable gauge', code: one('observable gauge').code },
    { name: 'a custom list', code: one('timer').code, options: { types: ['timer', 'counter'] } },
    { name: 'a placeholder', code: one('_(counter)_').code },
  ],
  invalid: [
    { code: timer.code, errors: [{ messageId: 'unknown', data: { type: 'timer', metric: 'export.jobs.created', expected: 'counter, gauge, histogram, summary, updowncounter' }, ...timer.at('timer') }] },
    { code: typo.code, errors: [{ messageId: 'unknownDidYouMean', data: { type: 'guage', metric: 'export.jobs.created', expected: 'counter, gauge, histogram, summary, updowncounter', suggestion: 'gauge' }, ...typo.at('guage') }] },
    { code: empty.code, errors: [{ messageId: 'missing', data: { metric: 'export.jobs.created', expected: 'counter, gauge, histogram, summary, updowncounter' }, line: empty.at('`export.jobs.created`').line, column: empty.at(' |  | ').column + 3 }] },
  ],
});
