import { defineModel, findTemplateSection, SECTION, type DesignDoc, type Section, type SectionSpec, type Table, type TableRow } from '@design-check/core';
import { cellOf, codeSpans, columnsOf, hasValue, type Cell, type NameAt } from './cells.js';
import { metricRefs } from './refs.js';
import {
  parseBudgetTime,
  parseBurnRates,
  parseLatencies,
  parsePercentile,
  parsePercents,
  parseWindow,
  unitlessThreshold,
  windowPhrase,
  type Duration,
} from './values.js';
import type { BudgetValue, SloModel, SloRow, TargetValue } from './rows.js';

export type * from './rows.js';

/** Column names as teams write them, the template's first. */
const COLUMNS = {
  slo: {
    component: ['Component', 'Service', 'Component / SLI', 'Name'],
    type: ['SLO Type', 'Type', 'SLI', 'Indicator', 'SLI Type', 'Kind'],
    target: ['Target', 'Objective', 'SLO Target', 'Target SLO', 'SLO'],
    budget: ['Error Budget', 'Budget', 'Allowed Errors'],
    burn: ['Burn Rate Alert Threshold', 'Burn Rate Alert', 'Burn Rate Alerts', 'Burn Rate', 'Burn-Rate Alert Threshold', 'Alert Threshold', 'Burn Rate Threshold'],
    window: ['Window', 'SLO Window', 'Period', 'Compliance Period', 'Time Window', 'Rolling Window'],
  },
  metric: {
    name: ['Metric Name', 'Metric', 'Name', 'Instrument'],
    type: ['Type', 'Metric Type', 'Instrument Type', 'Kind'],
    labels: ['Labels/Dimensions', 'Labels / Dimensions', 'Labels', 'Dimensions', 'Attributes', 'Tags', 'Labels and Dimensions'],
  },
  dimension: { name: ['Dimension', 'Label', 'Attribute', 'Tag', 'Required Dimension', 'Common Dimension', 'Resource Attribute'] },
  span: {
    component: ['Component', 'Service'],
    span: ['Span Name', 'Span', 'Span Names', 'Spans', 'Operation Name'],
  },
  alert: {
    alert: ['Alert', 'Alert Name', 'Name'],
    condition: ['Condition', 'Trigger', 'Expression', 'Query', 'Rule'],
    severity: ['Severity', 'Priority', 'Sev'],
    routing: ['Routing', 'Route', 'Routed To', 'Notify', 'Notification', 'Destination', 'Escalation'],
    runbook: ['Runbook', 'Runbook Link', 'Playbook', 'Runbook URL'],
  },
  budget: {
    component: ['Component', 'Service'],
    metric: ['Metric'],
    budget: ['Budget', 'Target', 'Threshold', 'Limit'],
    method: ['Measurement Method', 'Measurement', 'Measured By', 'Method', 'How Measured', 'Source'],
  },
  load: {
    scenario: ['Scenario', 'Test'],
    users: ['Concurrent users', 'Concurrent Users', 'Users', 'Concurrency', 'Virtual Users', 'VUs'],
    duration: ['Duration', 'Length', 'Test Duration'],
  },
  baseline: {
    component: ['Component', 'Service'],
    metric: ['Metric'],
    value: ['Current Value', 'Current', 'Value', 'Baseline', 'Current Baseline'],
  },
  dashboard: {
    name: ['Dashboard', 'Dashboard Name', 'Name'],
    viz: ['Key Visualizations', 'Key Visualisations', 'Visualizations', 'Visualisations', 'Panels', 'Contents', 'Widgets'],
  },
} as const;

/** The tables of a subsection of `parent` (or, when the design does not nest it, anywhere). */
function tablesUnder(doc: DesignDoc, parent: Section | undefined, spec: SectionSpec): Table[] {
  const section = (parent && findTemplateSection(doc, spec, parent)) || findTemplateSection(doc, spec);
  return section ? doc.tablesIn(section) : [];
}

const LATENCY_WORDS = /\b(?:latency|latencies|duration|response time|freshness|lag|delay|time to|ttfb|p\d{1,2}(?:\.\d+)?)\b/i;

function parseTarget(cell: Cell): TargetValue {
  const text = cell.plain;
  const percents = parsePercents(text);
  const latencies = parseLatencies(text);
  const percent = percents[0];
  if (percent && !(latencies.length && percent.index > latencies[0].duration.index)) {
    return { kind: 'percent', percent, latency: latencies.find((l) => l.duration.index > percent.index) };
  }
  const unitless = unitlessThreshold(text);
  if (latencies.length || unitless) return { kind: 'latency', latencies, ...(unitless ? { unitless } : {}) };
  return /\d/.test(text) ? { kind: 'other' } : { kind: 'none' };
}

function parseBudget(cell: Cell): BudgetValue {
  const text = cell.plain;
  const percent = parsePercents(text)[0];
  const { time, windowMs } = percent ? { time: undefined, windowMs: parseWindow(text) } : parseBudgetTime(text);
  const out: BudgetValue = { ...(percent ? { percent } : {}), ...(time ? { time } : {}), ...(windowMs !== undefined ? { windowMs } : {}) };
  const phrase = windowPhrase(text);
  if (windowMs === undefined && (percent || time) && phrase && /\p{L}{2,}|\d/u.test(phrase)) out.badWindow = { text: phrase, index: text.lastIndexOf(phrase) };
  return out;
}

function metricName(cell: Cell): NameAt | undefined {
  const code = codeSpans(cell)[0];
  if (code) return code;
  const m = /[^\s(),;]+/.exec(cell.plain);
  return m ? { name: m[0], index: m.index, length: m[0].length } : undefined;
}

/** Identifiers of a cell (labels, dimensions): code spans, and word-like tokens outside them. */
function identifiers(cell: Cell): NameAt[] {
  const code = codeSpans(cell);
  let rest = cell.plain;
  for (const c of code) rest = rest.slice(0, c.index) + ' '.repeat(c.length) + rest.slice(c.index + c.length);
  const out: NameAt[] = [...code];
  for (const m of rest.matchAll(/[\p{L}_][\p{L}\p{N}_.:-]*/gu)) {
    const name = m[0].replace(/[.:-]+$/, '');
    out.push({ name, index: m.index!, length: name.length });
  }
  return out.sort((a, b) => a.index - b.index);
}

function spanNames(cell: Cell): NameAt[] {
  const code = codeSpans(cell);
  if (code.length) return code;
  const out: NameAt[] = [];
  const re = /[^,;]+/g;
  for (let m = re.exec(cell.plain); m; m = re.exec(cell.plain)) {
    const name = m[0].trim();
    // Prose (`HTTP server span (auto)`) names no span; an HTTP span name does (`POST /v1/refunds`).
    if (!name || (/\s/.test(name) && !/^[A-Z]+\s+\//.test(name))) continue;
    out.push({ name, index: m.index + m[0].indexOf(name), length: name.length });
  }
  return out;
}

const DECLARES = /\b(?:required|common|standard|default|shared|mandatory|resource|global)\b[^.]*?\b(?:dimensions?|labels?|attributes?|tags?)\b|\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:metrics?|instruments?|telemetry|signals?)\b/i;

/**
 * The prose blocks of a section outside its tables: paragraphs and list items, each with its
 * continuation lines joined (a declaration may wrap over two lines).
 */
function proseBlocks(doc: DesignDoc, section: Section): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  const inTable = (line: number) => doc.tables.some((t) => t.line <= line && line <= t.endLine);
  for (let line = section.line + 1; line <= section.lastLine; line++) {
    const text = doc.lines[line - 1] ?? '';
    if (inTable(line) || !text.trim() || /^\s*#/.test(text)) {
      flush();
      continue;
    }
    if (/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s/.test(text)) flush();
    current.push(text);
  }
  flush();
  return blocks;
}

/** Dimensions that the prose of the observability sections declares for every metric. */
function declaredDimensions(doc: DesignDoc, section: Section | undefined, tables: Table[]): Set<string> {
  const out = new Set<string>();
  if (!section) return out;
  for (const block of proseBlocks(doc, section)) {
    // An unticked checklist item is a to-do, not a declaration.
    if (/^\s*(?:>\s*)?[-*+]\s+\[ \]/.test(block) || !DECLARES.test(block)) continue;
    for (const m of block.matchAll(/[\p{L}_][\p{L}\p{N}_.-]*/gu)) out.add(m[0].replace(/[.-]+$/, '').toLowerCase());
  }
  for (const t of tables) {
    const cols = columnsOf(t, COLUMNS.dimension);
    if (cols.name === undefined || columnsOf(t, { type: COLUMNS.metric.type }).type !== undefined) continue;
    for (const r of t.rows) {
      const cell = cellOf(r.cells, cols.name);
      if (cell) for (const id of identifiers(cell)) out.add(id.name.toLowerCase());
    }
  }
  return out;
}

/** A row that only titles the rows below it: one emphasised cell, the others empty (`| **API** | | |`). */
function isGroupHeader(row: TableRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim());
  return filled.length === 1 && row.cells.length > 1 && /^(?:\*\*|__|\*|_).+(?:\*\*|__|\*|_)$/.test(filled[0].raw);
}

function rowsOf<K extends string, R>(
  tables: Table[],
  spec: Record<K, readonly string[]>,
  required: NoInfer<K>[],
  build: (row: TableRow, table: Table, cell: (k: K) => Cell | undefined, columns: Set<string>) => R,
): { rows: R[]; tables: Table[] } {
  const rows: R[] = [];
  const used: Table[] = [];
  for (const table of tables) {
    const cols = columnsOf(table, spec);
    if (!required.every((k) => cols[k] !== undefined)) continue;
    used.push(table);
    const columns = new Set(Object.keys(cols));
    for (const row of table.rows) {
      if (row.cells.every((c) => !c.text.trim()) || isGroupHeader(row)) continue;
      rows.push(build(row, table, (k) => cellOf(row.cells, cols[k]), columns));
    }
  }
  return { rows, tables: used };
}

function buildSlo(row: TableRow, table: Table, cell: (k: keyof typeof COLUMNS.slo) => Cell | undefined): SloRow {
  const [component, type, target, budget, burn, window] = (['component', 'type', 'target', 'budget', 'burn', 'window'] as const).map(cell);
  const targetValue = hasValue(target) ? parseTarget(target) : undefined;
  const budgetValue = hasValue(budget) ? parseBudget(budget) : undefined;
  const windowMs = (hasValue(window) ? parseWindow(window.plain) : undefined) ?? budgetValue?.windowMs;
  const typeText = type?.plain ?? '';
  const fromTarget = targetValue?.kind === 'percent' ? targetValue.latency && targetValue.percent.value : targetValue?.kind === 'latency' ? targetValue.latencies.find((l) => l.percentile)?.percentile : undefined;
  const percentile = parsePercentile(typeText) ?? (fromTarget || undefined);
  const isLatency = LATENCY_WORDS.test(typeText) || targetValue?.kind === 'latency' || !!(targetValue?.kind === 'percent' && targetValue.latency);
  const own = new Set([component, budget, burn, window].map((c) => c?.offset));
  const measured = row.cells.filter((c) => !own.has(c.offset)).map((c) => cellOf([c], 0)!).filter(hasValue);
  const refs = measured.flatMap(metricRefs);
  return { row, table, component, type, target, budget, burn, window, targetValue, budgetValue, burnRates: hasValue(burn) ? parseBurnRates(burn.plain) : [], windowMs, percentile, isLatency, metricRefs: refs };
}

function build(doc: DesignDoc): SloModel {
  const observability = findTemplateSection(doc, SECTION.observabilityDesign);
  const perf = findTemplateSection(doc, SECTION.performanceBudgets);
  const under = (spec: SectionSpec) => tablesUnder(doc, observability, spec);
  const slos = rowsOf(under(SECTION.healthTargets), COLUMNS.slo, ['target'], buildSlo);
  const metricTablesAll = under(SECTION.metricsDesign);
  const metrics = rowsOf(metricTablesAll, COLUMNS.metric, ['name', 'type'], (row, table, cell) => {
    const nameCell = cell('name');
    const labels = cell('labels');
    return { row, table, nameCell, type: cell('type'), labels, name: hasValue(nameCell) ? metricName(nameCell) : undefined, labelNames: hasValue(labels) ? identifiers(labels) : [] };
  });
  const spans = rowsOf(under(SECTION.instrumentationPlan), COLUMNS.span, ['span'], (row, table, cell) => {
    const span = cell('span');
    return { row, table, component: cell('component'), span, names: hasValue(span) ? spanNames(span) : [], text: row.cells.map((c) => c.text).join(' | ') };
  });
  const alerts = rowsOf(under(SECTION.alertingPlan), COLUMNS.alert, ['condition'], (row, table, cell, columns) => {
    const condition = cell('condition');
    const burns = hasValue(condition) && /burn/i.test(condition.plain) ? parseBurnRates(condition.plain) : [];
    return { row, table, alert: cell('alert'), condition, severity: cell('severity'), routing: cell('routing'), runbook: cell('runbook'), columns, burnRates: burns, metricRefs: hasValue(condition) ? metricRefs(condition) : [] };
  });
  const perfTables = perf ? doc.tablesIn(perf) : [];
  const loadSection = (perf && findTemplateSection(doc, SECTION.loadTestPlan, perf)) || findTemplateSection(doc, SECTION.loadTestPlan);
  const budgets = rowsOf(perfTables, COLUMNS.budget, ['budget'], (row, table, cell) => {
    const budget = cell('budget');
    const metric = cell('metric');
    const latencies = hasValue(budget) ? parseLatencies(budget.plain) : [];
    const percentile = metric ? parsePercentile(metric.plain) : undefined;
    return { row, table, component: cell('component'), metric, budget, method: cell('method'), latencies: latencies.map((l) => ({ ...l, percentile: l.percentile ?? percentile })) };
  });
  const loads = rowsOf(loadSection ? doc.tablesIn(loadSection) : [], COLUMNS.load, ['users'], (row, table, cell) => ({ row, table, scenario: cell('scenario'), users: cell('users'), duration: cell('duration') }));
  const baselines = rowsOf(under(SECTION.productionBaseline), COLUMNS.baseline, ['value'], (row, table, cell) => ({ row, table, component: cell('component'), metric: cell('metric'), value: cell('value') }));
  const dashboards = rowsOf(under(SECTION.dashboardSpecification), COLUMNS.dashboard, ['name'], (row, table, cell) => ({ row, table, name: cell('name'), text: row.cells.map((c) => c.text).join(' ') }));
  return {
    observability,
    slos: slos.rows,
    metrics: metrics.rows,
    metricTables: metrics.tables,
    commonDimensions: declaredDimensions(doc, observability ?? findTemplateSection(doc, SECTION.metricsDesign), metricTablesAll),
    spans: spans.rows,
    spanTables: spans.tables,
    alerts: alerts.rows,
    alertTables: alerts.tables,
    budgets: budgets.rows,
    loads: loads.rows,
    baselines: baselines.rows,
    dashboards: dashboards.rows,
    dashboardTables: dashboards.tables,
  };
}

/** The observability and performance model of a document, built once per document. */
export const sloModel = defineModel('slo/model', build);

/** `appliesTo` of the rules that read one part of the model. */
export const has =
  (part: 'slos' | 'metrics' | 'spans' | 'alerts' | 'budgets' | 'loads' | 'baselines' | 'dashboards') =>
  (doc: DesignDoc): boolean =>
    sloModel(doc)[part].length > 0;
