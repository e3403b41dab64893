import { describe, expect, it } from 'vitest';
import {
  factorOf,
  formatDuration,
  formatNumber,
  parseBudgetTime,
  parseBurnRates,
  parseDurations,
  parseLatencies,
  parseNumbers,
  parsePercentile,
  parsePercents,
  parseQuantity,
  parseWindow,
  unitlessThreshold,
  windowPhrase,
  withinRounding,
} from './values.js';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('percentages', () => {
  it.each([
    ['99.9%', 99.9, 1, 5],
    ['99.90 %', 99.9, 2, 7],
    ['99,95%', 99.95, 2, 6],
    ['**99.5%**', 99.5, 1, 5],
    ['0.1% over 30d rolling', 0.1, 1, 4],
    ['100.5%', 100.5, 1, 6],
    ['99.9 percent', 99.9, 1, 12],
  ])('%s', (text, value, decimals, fullLength) => {
    const p = parsePercents(text)[0];
    expect([p.value, p.decimals, p.fullLength]).toEqual([value, decimals, fullLength]);
    expect(text.slice(p.index, p.index + p.length)).toBe(String(text.match(/[\d.,]+/)![0]));
  });

  it('marks a share of events', () => {
    expect(parsePercents('95% of changes searchable < 30 s')[0].ofEvents).toBe(true);
    expect(parsePercents('99.9%')[0].ofEvents).toBe(false);
  });

  it('finds none in other numbers', () => {
    expect(parsePercents('< 200ms, 2x for 1h')).toEqual([]);
  });
});

describe('durations and windows', () => {
  it.each([
    ['200ms', 200],
    ['200 ms', 200],
    ['0.2s', 200],
    ['1 s', 1000],
    ['15m', 15 * MIN],
    ['15 min', 15 * MIN],
    ['43.2 minutes', 43.2 * MIN],
    ['1h', H],
    ['6 hours', 6 * H],
    ['30d', 30 * D],
    ['30 days', 30 * D],
    ['4w', 28 * D],
    ['28-day rolling', 28 * D],
    ['an hour', H],
    ['3 months', 90 * D],
    ['500µs', 0.5],
  ])('%s', (text, ms) => {
    expect(parseDurations(text).map((d) => d.ms)).toEqual([ms]);
  });

  it('reads no duration in counts, rates, sizes and status classes', () => {
    expect(parseDurations('300 submissions/s, 1M records, 2 GB, 5xx, 13:15 CET, 2x')).toEqual([]);
  });

  it.each([
    ['0.1% over 30d rolling', 30 * D],
    ['0.05% over 30 days', 30 * D],
    ['1% of runs over 90d', 90 * D],
    ['28-day rolling', 28 * D],
    ['43.2 min / 30d', 30 * D],
    ['monthly', 30 * D],
    ['per calendar month', 30 * D],
    ['0.1% per quarter', 90 * D],
    ['5% of requests may exceed', undefined],
  ])('window of %s', (text, ms) => {
    expect(parseWindow(text)).toBe(ms);
  });

  it('splits a time budget from its window', () => {
    const a = parseBudgetTime('43.2 min / 30d');
    expect([a.time?.ms, a.windowMs]).toEqual([43.2 * MIN, 30 * D]);
    const b = parseBudgetTime('21.6 minutes per month');
    expect([b.time?.ms, b.windowMs]).toEqual([21.6 * MIN, 30 * D]);
    const c = parseBudgetTime('4h 19m over 30 days');
    expect([c.time?.ms, c.windowMs]).toEqual([4 * H, 30 * D]);
  });

  it('names the window phrase that follows over, per or /', () => {
    expect(windowPhrase('0.1% over the sprint')).toBe('sprint');
    expect(windowPhrase('0.1% (43 min/month)')).toBe('month');
    expect(windowPhrase('5% of requests may exceed')).toBeUndefined();
  });
});

describe('latencies', () => {
  const read = (text: string) => parseLatencies(text).map((l) => [l.percentile, l.comparator, l.ms]);
  it.each([
    ['< 200ms', [[undefined, '<', 200]]],
    ['200 ms', [[undefined, undefined, 200]]],
    ['p95 < 0.2s', [[95, '<', 200]]],
    ['p99 ≤ 1 s', [[99, '<=', 1000]]],
    ['P99 <= 500ms', [[99, '<=', 500]]],
    ['< 2 s p99 from commit to adapter', [[99, '<', 2000]]],
    ['200ms at p95', [[95, undefined, 200]]],
    ['95th percentile under 300 ms', [[95, '<', 300]]],
    ['median below 80ms', [[50, '<', 80]]],
    ['95% of changes searchable < 30 s', [[95, '<', 30_000]]],
    ['99.9% of requests < 1s', [[99.9, '<', 1000]]],
    ['p50 < 100ms, p99 < 500ms', [[50, '<', 100], [99, '<', 500]]],
    ['< 190 ms during reindex (180 ms today)', [[undefined, '<', 190], [undefined, undefined, 180]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('finds a threshold without a unit', () => {
    expect(unitlessThreshold('p95 < 200')?.value).toBe(200);
    expect(unitlessThreshold('p95 < 200ms')).toBeUndefined();
    expect(unitlessThreshold('p95 < 0.2 s')).toBeUndefined();
  });

  it('reads the percentile of an SLO type', () => {
    expect(parsePercentile('latency p95')).toBe(95);
    expect(parsePercentile('99th percentile latency')).toBe(99);
    expect(parsePercentile('availability')).toBeUndefined();
  });
});

describe('burn-rate thresholds', () => {
  const read = (text: string) => parseBurnRates(text).map((b) => [b.factor ?? b.consumedPercent, b.windowTexts]);
  it.each([
    ['2x burn rate for 1h window', [[2, ['1h']]]],
    ['14.4×/1h', [[14.4, ['1h']]]],
    ['14.4x over 1h and 5m', [[14.4, ['1h', '5m']]]],
    ['3X burn rate over 15 minutes', [[3, ['15 minutes']]]],
    ['burn_rate > 3x for 15m', [[3, ['15m']]]],
    ['burn rate > 14.4 for 1h', [[14.4, ['1h']]]],
    ['page at 14.4x (1h), ticket at 6x (6h)', [[14.4, ['1h']], [6, ['6h']]]],
    ['1h: 14.4x', [[14.4, ['1h']]]],
    ['0.5x burn rate for 1h window', [[0.5, ['1h']]]],
    ['2% of budget in 1h', [[2, ['1h']]]],
    ['any miss pages', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('turns a share of the budget into a factor for the SLO window', () => {
    const [b] = parseBurnRates('2% of budget in 1h');
    expect(factorOf(b, 30 * D)).toBeCloseTo(14.4, 6);
    expect(factorOf(parseBurnRates('6x over 6h')[0], 30 * D)).toBe(6);
  });

  it('keeps the exact text and place of each threshold', () => {
    const text = 'page: 14.4x/1h; ticket: 1x over 3d';
    expect(parseBurnRates(text).map((b) => text.slice(b.index, b.index + b.length))).toEqual(['14.4x/1h', '1x over 3d']);
  });
});

describe('quantities and numbers', () => {
  it.each([
    ['< 250ms', 250, 'ms'],
    ['300 submissions/s sustained', 300, 'submissions/s'],
    ['15,000 events/s', 15_000, 'events/s'],
    ['2 GB archive in < 10 min', 2, 'GB'],
    ['99.9%', 99.9, '%'],
  ])('%s', (text, value, unit) => {
    const q = parseQuantity(text)!;
    expect([q.number.value, q.unit]).toEqual([value, unit]);
  });

  it('needs a unit', () => {
    expect(parseQuantity('< 200')).toBeUndefined();
    expect(parseQuantity('fast')).toBeUndefined();
  });

  it('reads counts with separators and k', () => {
    expect(parseNumbers('2,000 users').map((n) => n.value)).toEqual([2000]);
    expect(parseNumbers('1.5k virtual users').map((n) => n.value)).toEqual([1500]);
    expect(parseNumbers('50 on one paymentId').map((n) => n.value)).toEqual([50]);
    expect(parseNumbers('-5').map((n) => n.value)).toEqual([-5]);
    expect(parseNumbers('ramp 0-500, then −20').map((n) => n.value)).toEqual([0, 500, -20]);
  });
});

describe('rounding and formatting', () => {
  it('compares within the rounding of the written value', () => {
    const n = (value: number, decimals: number) => ({ value, decimals, index: 0, length: 0 });
    expect(withinRounding(n(0.1, 1), 100 - 99.9)).toBe(true);
    expect(withinRounding(n(0.05, 2), 100 - 99.95)).toBe(true);
    expect(withinRounding(n(0.1, 1), 100 - 99.95)).toBe(false);
    expect(withinRounding(n(43, 0), 43.2)).toBe(true);
    expect(withinRounding(n(0.5, 1), 0.1)).toBe(false);
  });

  it('formats numbers and durations', () => {
    expect(formatNumber(100 - 99.95, 2)).toBe('0.05');
    expect(formatNumber(5, 2)).toBe('5');
    expect(formatDuration(43.2 * MIN)).toBe('43.2 min');
    expect(formatDuration(30 * D)).toBe('30d');
    expect(formatDuration(H)).toBe('1h');
    expect(formatDuration(250)).toBe('250ms');
  });
});
