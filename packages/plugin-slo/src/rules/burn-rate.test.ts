import { RuleTester } from '@design-check/core';
import { slos } from '../__fixtures__/docs.js';
import { burnRate } from './burn-rate.js';

const row = (burn: string, budget = '0.1% over 30d rolling') => slos([['Export API', 'availability', '99.9%', budget, burn]]);
const half = row('0.5x burn rate for 1h window');
const noWindow = row('14.4x burn rate');
const long = row('2x burn rate for 45d window');
const exhausts = row('1000x over 1h');
const weekly = row('30x over 6h', '0.1% over 7d');
const noSloWindow = row('2x for 1h', '5% of requests may exceed');
const second = row('page: 14.4x/1h; ticket: 0.9x/3d');

new RuleTester({ plugin: 'slo' }).run(burnRate, {
  valid: [
    row('2x burn rate for 1h window').code,
    row('14.4×/1h').code,
    row('14.4x over 1h and 5m').code,
    row('page at 14.4x (1h), ticket at 6x (6h)').code,
    { name: 'a share of the budget in a window', code: row('2% of budget in 1h').code },
    { name: 'prose without a factor', code: row('any miss pages').code },
    { name: 'a 28-day window', code: row('14.4x/1h', '0.1% over 28-day rolling').code },
    { name: 'the SRE workbook thresholds, 1x over 3 days included', code: row('14.4x/1h, 6x/6h, 1x/3d').code },
  ],
  invalid: [
    { code: half.code, errors: [{ messageId: 'factor', data: { factor: '0.5', window: '30d' }, ...half.at('0.5x') }] },
    { code: noWindow.code, errors: [{ messageId: 'noWindow', data: { threshold: '14.4x', factor: '14.4' }, ...noWindow.at('14.4x') }] },
    { code: long.code, errors: [{ messageId: 'longWindow', data: { alertWindow: '45d', window: '30d' }, ...long.at('2x') }] },
    { code: exhausts.code, errors: [{ messageId: 'exhausts', data: { factor: '1000', alertWindow: '1h', window: '30d', exhaustion: '43.2 min', max: '720' }, ...exhausts.at('1000x') }] },
    { name: 'the SLO window of the row counts', code: weekly.code, errors: [{ messageId: 'exhausts', data: { factor: '30', alertWindow: '6h', window: '7d', exhaustion: '5.6h', max: '28' }, ...weekly.at('30x') }] },
    { name: 'the second threshold of a cell', code: second.code, errors: [{ messageId: 'factor', data: { factor: '0.9', window: '30d' }, ...second.at('0.9x') }] },
    { name: 'a default window from the options', code: noSloWindow.code, options: { window: '1h' }, errors: [{ messageId: 'longWindow', data: { alertWindow: '1h', window: '1h' }, ...noSloWindow.at('2x') }] },
    // Columns count UTF-16 code units, as the markdown positions do: the emoji is two of them.
    { name: 'after an emoji in the cell', code: row('🔥 page: 0.5x/1h').code, errors: [{ messageId: 'factor', ...row('🔥 page: 0.5x/1h').at('0.5x') }] },
    { name: 'with CRLF line endings', code: row('0.5x/1h').code.replace(/\n/g, '\r\n'), errors: [{ messageId: 'factor', ...row('0.5x/1h').at('0.5x') }] },
  ],
});
