import { definePlugin, type Plugin, type Rule } from '@design-check/core';
import { alertBurnRate } from './rules/alert-burn-rate.js';
import { alertRouting } from './rules/alert-routing.js';
import { alertRunbook } from './rules/alert-runbook.js';
import { alertSeverity } from './rules/alert-severity.js';
import { baselineValues } from './rules/baseline-values.js';
import { budgetFormat } from './rules/budget-format.js';
import { burnRate } from './rules/burn-rate.js';
import { errorBudget } from './rules/error-budget.js';
import { latencyWithinBudget } from './rules/latency-within-budget.js';
import { loadTestPlan } from './rules/load-test-plan.js';
import { metricCardinality } from './rules/metric-cardinality.js';
import { metricDefined } from './rules/metric-defined.js';
import { metricDimensions } from './rules/metric-dimensions.js';
import { metricName } from './rules/metric-name.js';
import { metricType } from './rules/metric-type.js';
import { metricUnique } from './rules/metric-unique.js';
import { operationInstrumented } from './rules/operation-instrumented.js';
import { sloDashboard } from './rules/slo-dashboard.js';
import { spanName } from './rules/span-name.js';
import { targetFormat } from './rules/target-format.js';

/** Every rule of the plugin, in the order of its docs. */
export const rules: Rule[] = [
  targetFormat,
  errorBudget,
  burnRate,
  metricName,
  metricType,
  metricDimensions,
  metricUnique,
  metricCardinality,
  spanName,
  operationInstrumented,
  alertRunbook,
  alertSeverity,
  alertRouting,
  metricDefined,
  alertBurnRate,
  budgetFormat,
  loadTestPlan,
  latencyWithinBudget,
  baselineValues,
  sloDashboard,
];

/** The `slo` plugin: the observability and performance tables, their arithmetic and their agreement. */
export const slo: Plugin = definePlugin({
  name: 'slo',
  rules,
  recommended: {
    'slo/target-format': { level: 'error', why: 'A target that is not a percentage or a latency with a percentile cannot be measured or alerted on.' },
    'slo/error-budget': { level: 'error', why: 'A budget that is not 100% minus the target makes every burn-rate alert fire at the wrong time.' },
    'slo/burn-rate': { level: 'error', why: 'A factor of 1 or less never pages, and a window longer than the budget lasts pages too late.' },
    'slo/metric-name': { level: 'error', why: 'One naming convention keeps dashboards and alert queries from silently matching nothing.' },
    'slo/metric-type': { level: 'error', why: 'The instrument type decides which queries and aggregations are possible.' },
    'slo/metric-dimensions': { level: 'error', why: 'Without service, version and division a metric cannot be sliced per deployment or owner.' },
    'slo/metric-unique': { level: 'error', why: 'A metric declared twice with different labels or types is two contracts for one name.' },
    'slo/metric-cardinality': { level: 'warn', why: 'Unbounded dimensions blow up the metrics bill, but some bounded ids are deliberate.' },
    'slo/span-name': { level: 'error', why: 'One span naming convention keeps traces searchable across services.' },
    'slo/operation-instrumented': { level: 'warn', why: 'An endpoint without a span is invisible in traces; an auto-instrumented one may be covered elsewhere.' },
    'slo/alert-runbook': { level: 'error', why: 'An alert without a runbook leaves the person paged at 3 a.m. guessing.' },
    'slo/alert-severity': { level: 'error', why: 'Routing and paging policy key off the severity; an unknown one is routed nowhere.' },
    'slo/alert-routing': { level: 'error', why: 'An alert that goes to nobody is not an alert.' },
    'slo/metric-defined': { level: 'error', why: 'An alert or SLO on a metric that nobody emits never fires.' },
    'slo/alert-burn-rate': { level: 'warn', why: 'Alerts and SLO thresholds should agree, but an extra alert can be deliberate.' },
    'slo/budget-format': { level: 'error', why: 'A budget without a number and unit, or without a method, cannot pass or fail in quality evaluation.' },
    'slo/load-test-plan': { level: 'error', why: 'A load test without a user count or duration cannot be run as written.' },
    'slo/latency-within-budget': { level: 'warn', why: 'An SLO looser than the budget lets a regression through, though the two may be set on purpose.' },
    'slo/baseline-values': { level: 'error', why: 'A baseline that is not a measured value cannot show whether the change degrades it.' },
    'slo/slo-dashboard': { level: 'warn', why: 'An SLO nobody can see on a dashboard is not watched, but dashboards may be named differently.' },
  },
  strict: {
    'slo/metric-cardinality': { level: 'error', why: 'A strict review allows no unbounded dimension on a metric.' },
    'slo/operation-instrumented': { level: 'error', why: 'A strict review wants every endpoint named in the Instrumentation Plan.' },
    'slo/alert-burn-rate': { level: 'error', why: 'A strict review wants every burn-rate alert to implement an SLO threshold.' },
    'slo/latency-within-budget': { level: 'error', why: 'A strict review wants SLOs aligned with the performance budgets.' },
    'slo/slo-dashboard': { level: 'error', why: 'A strict review wants a dashboard row for every SLO component.' },
  },
});

export default slo;
export {
  alertBurnRate,
  alertRouting,
  alertRunbook,
  alertSeverity,
  baselineValues,
  budgetFormat,
  burnRate,
  errorBudget,
  latencyWithinBudget,
  loadTestPlan,
  metricCardinality,
  metricDefined,
  metricDimensions,
  metricName,
  metricType,
  metricUnique,
  operationInstrumented,
  sloDashboard,
  spanName,
  targetFormat,
};
export { sloModel, type SloModel } from './model.js';
export * as values from './values.js';
