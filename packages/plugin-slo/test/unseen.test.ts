import { describe, expect, it } from 'vitest';
import { brief, fixture, lintAll } from './helpers.js';

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every finding on the exact markdown line and column, clean tables clean.
 */
describe('clean designs that the team had not seen give no finding', () => {
  const clean = [
    // Numbered headings, bold budgets, a Window and an SLI column, the SLO table's columns
    // moved, `14.4x/1h + 6x/6h`, a dimensions declaration wrapped over two lines, autolinked
    // runbooks, `🔴 P1`, a path in the Notes of the plan.
    'unseen-clean-ledger.md',
    // CRLF, `#` for every section, OpenAPI fragments in list items, `# Observability` (not
    // "Observability Design"), a table of common dimensions, metrics split per component,
    // thresholds as a share of the budget (`2% budget in 1h`), `43m 12s / month (1%)`.
    'crlf-unseen-clean-notifications.md',
    // No API, `### Tracing` / `### Metrics` / `### SLOs` / `### Alerting`, `Service | SLI |
    // Objective | Window` columns, quarterly windows, a run-based SLO with prose thresholds.
    'unseen-clean-pipeline.md',
  ];
  for (const name of clean) {
    it(name, async () => {
      expect(brief(await lintAll(fixture(name)))).toEqual([]);
    });
  }

  it('a Prometheus team (snake_case names, PromQL SLIs, split alert tables, emoji headings, <br> in a cell) is clean with style: snake', async () => {
    const text = fixture('unseen-prometheus-orders.md');
    const config = { rules: { 'slo/metric-name': ['error', { style: 'snake' }] } };
    expect(brief(await lintAll(text, { config } as never))).toEqual([]);
    // With the default convention, each Prometheus name is reported once, on its name.
    expect(brief(await lintAll(text))).toEqual(['63:4 slo/metric-name style', '64:4 slo/metric-name style', '65:4 slo/metric-name style', '66:4 slo/metric-name style']);
  });

  it('stay clean under the strict preset', async () => {
    for (const name of clean) expect(brief(await lintAll(fixture(name), { preset: 'strict' }))).toEqual([]);
  });
});

describe('defects in designs that the team had not seen, each on its line', () => {
  it('checkout: the SLO arithmetic, metrics, alerts, budgets and an endpoint without a span', async () => {
    expect(brief(await lintAll(fixture('unseen-defects-checkout.md')))).toEqual([
      '36:5 slo/operation-instrumented missing',
      '58:16 slo/load-test-plan users',
      '80:43 slo/metric-dimensions missing',
      '81:4 slo/metric-name style',
      '81:43 slo/metric-dimensions missing',
      '82:46 slo/metric-dimensions missing',
      '83:39 slo/metric-dimensions missing',
      '83:52 slo/metric-cardinality high',
      '84:4 slo/metric-unique duplicate',
      '84:46 slo/metric-dimensions missing',
      '92:51 slo/error-budget percent',
      '93:42 slo/target-format range',
      '94:43 slo/latency-within-budget looser',
      '94:79 slo/burn-rate factor',
      '94:111 slo/metric-defined sloDidYouMean',
      '107:24 slo/metric-defined alertDidYouMean',
      '107:73 slo/alert-severity unknown',
      '108:93 slo/alert-runbook missing',
    ]);
  });

  it('search (CRLF, list-item fragment, bold and emoji cells): time budget, exhausting burn rate, runbook file', async () => {
    const text = fixture('crlf-unseen-defects-search.md');
    expect(text).toContain('\r\n');
    const found = await lintAll(text);
    expect(brief(found)).toEqual([
      '31:7 slo/operation-instrumented missing',
      '59:16 slo/span-name style',
      '66:31 slo/metric-type unknownDidYouMean',
      '75:46 slo/error-budget time',
      '75:60 slo/burn-rate exhausts',
      '76:35 slo/latency-within-budget looser',
      '89:32 slo/alert-burn-rate mismatch',
      '89:70 slo/alert-runbook notFound',
    ]);
    expect(found[3].message).toBe('Unexpected error budget 4.3 h over 30d for a 99.9% target, expected 0.72 h (0.1% of 30d)');
    expect(found[4].message).toBe(
      'Unexpected 1000x burn rate over 1h: it spends the whole 30d error budget in 43.2 min, before the alert window ends; expected a factor below 720x or a shorter window',
    );
  });
});
