import { RuleTester, fixWithRule, lintWithRule } from '@design-check/core';
import { expect, it } from 'vitest';
import { slos } from '../__fixtures__/docs.js';
import { errorBudget } from './error-budget.js';

const row = (type: string, target: string, budget: string) => slos([['Export API', type, target, budget, '2x burn rate for 1h window']]);
const half = row('availability', '99.9%', '0.5% over 30d rolling');
const precise = row('availability', '99.95%', '0.1% over 30d rolling');
const time = row('availability', '99.9%', '4.32 min / 30d');
const percentile = row('latency p99', '< 300ms', '5% of requests may exceed');
const sprint = row('availability', '99.9%', '0.1% over the sprint');

new RuleTester({ plugin: 'slo' }).run(errorBudget, {
  valid: [
    row('availability', '99.9%', '0.1%').code,
    row('availability', '99.9%', '0.1% over 30d rolling').code,
    row('availability', '99.95%', '0.05% over 30 days').code,
    row('availability', '**99.5%**', '`0.5%` / 28-day rolling').code,
    { name: 'as time over the window', code: row('availability', '99.9%', '43.2 min / 30d').code },
    { name: 'as time, rounded', code: row('availability', '99.9%', '≈ 43 minutes per month').code },
    { name: 'a latency percentile leaves the rest', code: row('latency p95', '< 250ms', '5% of requests may exceed').code },
    { name: 'a share of events', code: row('freshness', '99% of events published < 2 s', '1% over 30d rolling').code },
    { name: 'a latency SLO with a budget of time, not of requests', code: row('latency p99', '< 300ms', '0.1% over 30d rolling').code },
    { name: 'a run-based SLO', code: row('runs finished before 13:30 CET', '99%', '1% of runs over 90d').code },
    { name: 'prose without a number is left alone', code: row('availability', '99.9%', 'per the error budget policy').code },
    { name: 'a placeholder', code: row('availability', '99.9%', 'TBD').code },
  ],
  invalid: [
    {
      code: half.code,
      errors: [{ messageId: 'percent', data: { budget: '0.5', target: '99.9', expected: '0.1' }, ...half.at('0.5%'), endColumn: half.at('0.5%').column + 4 }],
      output: row('availability', '99.9%', '0.1% over 30d rolling').code,
    },
    {
      name: 'rounded too far',
      code: precise.code,
      errors: [{ messageId: 'percent', data: { budget: '0.1', target: '99.95', expected: '0.05' }, ...precise.at('0.1%') }],
      output: row('availability', '99.95%', '0.05% over 30d rolling').code,
    },
    {
      name: 'written as "percent"',
      code: row('availability', '99.9%', '0.5 percent').code,
      errors: [{ messageId: 'percent', data: { budget: '0.5', target: '99.9', expected: '0.1' }, line: 7, column: 39, endColumn: 50 }],
      output: row('availability', '99.9%', '0.1 percent').code,
    },
    {
      name: 'time that is not the share of the window, fixed in its own unit',
      code: time.code,
      errors: [{ messageId: 'time', data: { budget: '4.32 min', window: '30d', target: '99.9', expected: '43.2 min', share: '0.1' }, ...time.at('4.32 min') }],
      output: row('availability', '99.9%', '43.2 min / 30d').code,
    },
    {
      name: 'a budget that does not match the percentile',
      code: percentile.code,
      errors: [{ messageId: 'percentile', data: { budget: '5', percentile: 99, expected: '1' }, ...percentile.at('5%') }],
      output: row('latency p99', '< 300ms', '1% of requests may exceed').code,
    },
    { name: 'a window that does not parse', code: sprint.code, errors: [{ messageId: 'window', data: { window: 'sprint' }, ...sprint.at('sprint') }] },
  ],
});

it('fixes the budget in a CRLF document with a BOM, in offsets of the text without the BOM', async () => {
  const text = `\uFEFF${half.code.replace(/\n/g, '\r\n')}`;
  const [d] = await lintWithRule(errorBudget, text, undefined, { plugin: 'slo' });
  expect(text.slice(1).slice(d.fix!.range[0], d.fix!.range[1])).toBe('0.5%');
  expect(await fixWithRule(errorBudget, text, undefined, { plugin: 'slo' })).toBe(`\uFEFF${row('availability', '99.9%', '0.1% over 30d rolling').code.replace(/\n/g, '\r\n')}`);
});
