import { normalizeName, type Rule } from '@design-check/core';
import { hasValue, spanIn, type Cell } from '../cells.js';
import { has, sloModel, type BudgetRow, type SloRow } from '../model.js';
import { formatDuration, type Latency } from '../values.js';

/** What a latency is of: request latency, or the freshness / lag of data. */
function kindOf(text: string): string {
  if (/fresh|\blag\b|delay|stale|propagat|end[- ]to[- ]end|\be2e\b/i.test(text)) return 'freshness';
  if (/latenc|response|duration|ttfb|\brtt\b|time to/i.test(text)) return 'latency';
  return 'other';
}

/** The SLO's latency thresholds, each with a percentile. */
function sloLatencies(s: SloRow): Latency[] {
  const v = s.targetValue;
  if (v?.kind === 'percent' && v.latency) return [{ ...v.latency, percentile: v.percent.value }];
  if (v?.kind === 'latency') return v.latencies.map((l) => ({ ...l, percentile: l.percentile ?? s.percentile }));
  return [];
}

const upper = (l: Latency) => !l.comparator || l.comparator === '<' || l.comparator === '<=';

/** A latency SLO is no looser than the performance budget of the same component and percentile. */
export const latencyWithinBudget: Rule<Record<string, never>, 'looser' | 'budget'> = {
  name: 'latency-within-budget',
  meta: {
    description: 'Warn about latency SLOs looser than the performance budget of the same component and percentile.',
    messages: {
      looser: "Unexpected p{{percentile}} target {{slo}} for '{{component}}', looser than its performance budget of {{budget}}, expected at most {{budget}}",
      budget: "The performance budget of '{{component}}': p{{percentile}} {{budget}}",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: (doc) => has('slos')(doc) && has('budgets')(doc),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    // A component's name without the operation that qualifies it: `Serving API (GetOnlineFeatures)` → `serving api`.
    const base = (text: string) => normalizeName(text.replace(/\s*\([^)]*\)\s*$/, ''));
    for (const s of model.slos) {
      if (!s.isLatency || !hasValue(s.component) || !hasValue(s.target)) continue;
      const component = normalizeName(s.component.text);
      const kind = kindOf(`${s.type?.text ?? ''} ${s.target.text}`);
      const budgets = model.budgets.filter((b): b is BudgetRow & { component: Cell; budget: Cell } => hasValue(b.component) && hasValue(b.budget) && kindOf(`${b.metric?.text ?? ''} ${b.budget.text}`) === kind);
      for (const l of sloLatencies(s).filter(upper)) {
        // Several thresholds for one percentile (`< 10 ms (cache hit), < 40 ms (miss)`): the loosest counts.
        const limitOf = (b: BudgetRow) => b.latencies.filter((x) => x.percentile === l.percentile && upper(x)).sort((x, y) => y.ms - x.ms)[0];
        const limited = (list: typeof budgets) => list.flatMap((b) => (limitOf(b) ? [{ b, limit: limitOf(b)! }] : []));
        let found = limited(budgets.filter((b) => normalizeName(b.component.text) === component));
        // An SLO of the whole component, budgets of its operations only: the loosest operation's budget counts.
        if (!found.length) found = limited(budgets.filter((b) => base(b.component.text) === component && normalizeName(b.component.text) !== component)).sort((x, y) => y.limit.ms - x.limit.ms).slice(0, 1);
        for (const { b, limit } of found) {
          if (l.ms <= limit.ms) continue;
          const data = { percentile: l.percentile, slo: formatDuration(l.ms), budget: formatDuration(limit.ms), component: s.component.text };
          ctx.report({
            messageId: 'looser',
            data,
            at: spanIn(s.target, l.duration.index, l.duration.length),
            related: [{ messageId: 'budget', data: { component: b.component.text, percentile: l.percentile, budget: formatDuration(limit.ms) }, at: spanIn(b.budget, limit.duration.index, limit.duration.length) }],
          });
        }
      }
    }
  },
};
