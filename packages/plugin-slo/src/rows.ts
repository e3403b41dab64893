import type { Section, Table, TableRow } from '@design-check/core';
import type { Cell, NameAt } from './cells.js';
import type { MetricRef } from './refs.js';
import type { BurnRate, Duration, Latency, Percent, WrittenNumber } from './values.js';

/** What a Target cell says. */
export type TargetValue =
  /** `99.9%`, or a share of events under a threshold: `99% of events published < 2 s`. */
  | { kind: 'percent'; percent: Percent; latency?: Latency }
  /** `< 200ms`, `p95 < 0.2s`; `unitless` when a threshold has no unit (`p95 < 200`). */
  | { kind: 'latency'; latencies: Latency[]; unitless?: WrittenNumber }
  /** A number that is neither (`≥ 1,000 req/s`). */
  | { kind: 'other' }
  /** No number at all. */
  | { kind: 'none' };

/** What an Error Budget cell says: a share, or time over a window (`43.2 min / 30d`). */
export interface BudgetValue {
  percent?: Percent;
  time?: Duration;
  windowMs?: number;
  /** A window named after `over`/`per`/`/` that does not parse, and where it is. */
  badWindow?: { text: string; index: number };
}

/** A row of Health Targets / SLOs. */
export interface SloRow {
  row: TableRow;
  table: Table;
  component?: Cell;
  type?: Cell;
  target?: Cell;
  budget?: Cell;
  burn?: Cell;
  window?: Cell;
  targetValue?: TargetValue;
  budgetValue?: BudgetValue;
  burnRates: BurnRate[];
  /** The SLO window: from the Error Budget cell or a Window column. */
  windowMs?: number;
  /** The percentile of a latency SLO (`latency p95`, `p95 < 200ms`, `95% of … < 30 s`). */
  percentile?: number;
  /** True when SLO Type or Target says it is about latency (a duration threshold). */
  isLatency: boolean;
  /** Metric names the SLO is measured on (in SLO Type, Target or an SLI column). */
  metricRefs: MetricRef[];
}

/** A row of Metrics Design. */
export interface MetricRow {
  row: TableRow;
  table: Table;
  nameCell?: Cell;
  type?: Cell;
  labels?: Cell;
  /** The metric name as written (code span, else first word), and where in its cell. */
  name?: NameAt;
  /** The labels or dimensions of the row. */
  labelNames: NameAt[];
}

/** A row of the Instrumentation Plan. */
export interface SpanRow {
  row: TableRow;
  table: Table;
  component?: Cell;
  span?: Cell;
  /** Span names of the Span Name cell (code spans, else comma-separated names without spaces). */
  names: NameAt[];
  /** The whole row as text, for finding an operationId or path named anywhere in it. */
  text: string;
}

/** A row of the Alerting Plan. */
export interface AlertRow {
  row: TableRow;
  table: Table;
  alert?: Cell;
  condition?: Cell;
  severity?: Cell;
  routing?: Cell;
  runbook?: Cell;
  /** The columns the table has (a short row may still lack the cell). */
  columns: Set<string>;
  burnRates: BurnRate[];
  /** Metric names used in the Condition. */
  metricRefs: MetricRef[];
}

/** A row of Performance Budgets. */
export interface BudgetRow {
  row: TableRow;
  table: Table;
  component?: Cell;
  metric?: Cell;
  budget?: Cell;
  method?: Cell;
  latencies: Latency[];
}

/** A row of the Load Test Plan. */
export interface LoadRow {
  row: TableRow;
  table: Table;
  scenario?: Cell;
  users?: Cell;
  duration?: Cell;
}

/** A row of the Production Baseline. */
export interface BaselineRow {
  row: TableRow;
  table: Table;
  component?: Cell;
  metric?: Cell;
  value?: Cell;
}

/** A row of the Dashboard Specification. */
export interface DashboardRow {
  row: TableRow;
  table: Table;
  name?: Cell;
  text: string;
}

/** The observability and performance tables of a design, parsed once. */
export interface SloModel {
  observability?: Section;
  slos: SloRow[];
  metrics: MetricRow[];
  metricTables: Table[];
  /** Dimensions declared for every metric (in the section's prose, or a table of dimensions). */
  commonDimensions: Set<string>;
  spans: SpanRow[];
  spanTables: Table[];
  alerts: AlertRow[];
  alertTables: Table[];
  budgets: BudgetRow[];
  loads: LoadRow[];
  baselines: BaselineRow[];
  dashboards: DashboardRow[];
  dashboardTables: Table[];
}
