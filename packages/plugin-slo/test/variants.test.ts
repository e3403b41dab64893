import { describe, expect, it } from 'vitest';
import { brief, fixture, lintAll } from './helpers.js';

/** The same tables written many ways: every form read, and each defect found in every form. */
describe('values as teams write them', () => {
  it('are all read, and nothing is reported on good tables', async () => {
    // `≤ 200 ms p95`, `2x current peak`, `+50 KB max`, `ramp 0 → 5,000`, `1 h 30 min`, `10k`,
    // `~180ms (Q2 avg)`, prose and templated span names, `Gauge — async`, `≥ 99.9% monthly`,
    // `0.1% ≈ 43 min/month`, `Fast: 14.4x (1h/5m), Slow: 6x (6h/30m)`, `2% of budget in 1 hour`,
    // `21.6 min per 30 days`, `1x over 3d`, `burn rate ≥ 14.4 for 1h and 5m`, PromQL-ish conditions.
    expect(brief(await lintAll(fixture('variants-clean.md')))).toEqual([]);
  });

  it('report each defect written in those forms, on its cell', async () => {
    expect(brief(await lintAll(fixture('variants-defects.md')))).toEqual([
      '8:25 slo/budget-format unparsed',
      '8:46 slo/budget-format noMethod',
      '14:10 slo/load-test-plan users',
      '14:15 slo/load-test-plan duration',
      '22:4 slo/metric-name style',
      '22:49 slo/metric-cardinality high',
      '23:22 slo/metric-type unknown',
      '31:50 slo/error-budget percent',
      '32:44 slo/latency-within-budget looser',
      '32:50 slo/error-budget percent',
      '33:39 slo/error-budget time',
      '34:3 slo/slo-dashboard missing',
      '34:56 slo/error-budget window',
      '35:22 slo/target-format noUnit',
      '47:32 slo/alert-burn-rate mismatch',
      '47:45 slo/alert-severity unknown',
      '48:10 slo/metric-defined alert',
      '48:43 slo/alert-routing missing',
      '48:46 slo/alert-runbook notLink',
      '49:95 slo/alert-runbook outside',
    ]);
  });
});
