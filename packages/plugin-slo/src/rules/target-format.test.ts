import { RuleTester } from '@design-check/core';
import { slos } from '../__fixtures__/docs.js';
import { targetFormat } from './target-format.js';

const row = (type: string, target: string) => slos([['Export API', type, target, '0.1% over 30d rolling', '2x burn rate for 1h window']]);
const over = row('availability', '100.5%');
const full = row('availability', '**100%**');
const noPercentile = row('latency', '< 200ms');
const noUnit = row('latency', 'p95 < 200');
const words = row('availability', 'as high as possible');

new RuleTester({ plugin: 'slo' }).run(targetFormat, {
  valid: [
    row('availability', '99.9%').code,
    row('availability', '99.90 %').code,
    { name: 'the percentile in SLO Type', code: row('latency p95', '< 200ms').code },
    { name: 'the percentile in the target', code: row('latency', 'p99 ≤ 1 s').code },
    { name: 'a share of events under a threshold', code: row('freshness', '99% of events published < 2 s').code },
    { name: 'percentile after the value', code: row('latency', '< 2 s p99').code },
    { name: 'a throughput target', code: row('throughput', '≥ 1,000 req/s').code },
    { name: 'a placeholder is structure/no-placeholders’ finding', code: row('availability', '_(99.9%)_').code },
    { name: 'an empty target', code: row('availability', '').code },
  ],
  invalid: [
    { code: over.code, errors: [{ messageId: 'range', data: { target: '100.5' }, ...over.at('100.5%') }] },
    { name: 'exactly 100% leaves no budget', code: full.code, errors: [{ messageId: 'range', data: { target: '100' }, ...full.at('**100%**') }] },
    { code: noPercentile.code, errors: [{ messageId: 'noPercentile', data: { target: '< 200ms' }, ...noPercentile.at('< 200ms') }] },
    { code: noUnit.code, errors: [{ messageId: 'noUnit', data: { value: '200' }, ...noUnit.at('p95 < 200') }] },
    { code: words.code, errors: [{ messageId: 'unparsed', data: { target: 'as high as possible' }, ...words.at('as high') }] },
  ],
});
