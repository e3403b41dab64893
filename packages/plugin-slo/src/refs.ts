import { codeSpans, type Cell, type NameAt } from './cells.js';

/** A metric name used in a cell (an alert condition, an SLO), and where it is. */
export interface MetricRef extends NameAt {
  cell: Cell;
}

// Words that conditions use like metrics but that name a computation, not an emitted metric.
const GENERIC = new Set(['burn_rate', 'burnrate', 'error_rate', 'error_ratio', 'error_budget', 'success_rate', 'failure_rate', 'request_rate', 'budget_remaining', 'budget_consumed', 'availability', 'latency']);
const KEYWORDS = new Set(['by', 'without', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'le', 'inf']);
const TLD = /\.(?:com|org|net|io|dev|app|example|local|internal|md|yaml|yml|json)$/;

/** True when a token looks like a metric name rather than a word or a number. */
function looksLikeMetric(token: string, inCode: boolean): boolean {
  if (GENERIC.has(token.toLowerCase()) || KEYWORDS.has(token.toLowerCase()) || TLD.test(token)) return false;
  if (token.includes('.')) return token.split('.').every((s) => /^[a-z0-9_]{2,}$/i.test(s)) && /^[a-z]/i.test(token);
  // snake_case: in code any one underscore, in prose at least two (`http_requests_total`).
  return (token.match(/_/g)?.length ?? 0) >= (inCode ? 1 : 2) && /^[a-z][a-z0-9_:]*$/i.test(token);
}

/** Identifiers of an expression (`sum(rate(x_total{code=~"5.."}[5m]))`), functions and label matchers left out. */
function expressionTokens(code: NameAt): NameAt[] {
  const blanked = code.name.replace(/\{[^}]*\}|\[[^\]]*\]|"[^"]*"|'[^']*'/g, (m) => ' '.repeat(m.length));
  const out: NameAt[] = [];
  for (const m of blanked.matchAll(/[A-Za-z_:][\w.:]*(?![\w.:]*\s*\()/g)) {
    const name = m[0].replace(/[.:]+$/, '');
    out.push({ name, index: code.index + m.index!, length: name.length });
  }
  return out;
}

// A name next to one of these words is an event, log, span, topic or table, not a metric.
const BEFORE = /(?:^|[\s(])(?:kafka\s+)?(?:topic|dlq|table|event|log|span|field|attribute|label)s?\s*:?\s*$/i;
const AFTER = /^\s*(?:events?|logs?|log lines?|spans?|traces?|topics?|tables?|fields?|attributes?|labels?)\b/i;

function namesSomethingElse(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 20), index).replace(/[`*_]/g, ' ');
  const after = text.slice(index + length, index + length + 20).replace(/[`*_]/g, ' ');
  return BEFORE.test(before) || AFTER.test(after);
}

/**
 * The metric names a cell uses: identifiers in code spans (whole expressions included), and
 * dotted or snake_case names written in prose (`search.cdc.slot_retained_bytes > 20 GB`).
 */
export function metricRefs(cell: Cell): MetricRef[] {
  const out: MetricRef[] = [];
  const spans = codeSpans(cell);
  for (const span of spans) {
    for (const t of expressionTokens(span)) if (looksLikeMetric(t.name, true) && !namesSomethingElse(cell.plain, span.index, span.length)) out.push({ ...t, cell });
  }
  let prose = cell.plain;
  for (const s of spans) prose = prose.slice(0, s.index) + ' '.repeat(s.length) + prose.slice(s.index + s.length);
  for (const m of prose.matchAll(/(?<![\w./-])[A-Za-z][\w]*(?:\.[\w]+)*(?![\w/-]|\.\w)/g)) {
    const name = m[0];
    if (looksLikeMetric(name, false) && !namesSomethingElse(prose, m.index!, name.length)) out.push({ name, index: m.index!, length: name.length, cell });
  }
  return out.sort((a, b) => a.index - b.index);
}

const SUFFIXES = /(?:[._](?:total|count|sum|bucket|seconds|milliseconds|ms|bytes|ratio|rate|avg|mean|max|min|p\d{2,3}|quantile))+$/;

/** The key a metric name is compared by: dots and underscores alike, type and unit suffixes off. */
export function metricKey(name: string): string {
  return name.toLowerCase().replace(SUFFIXES, '').replace(/\./g, '_');
}
