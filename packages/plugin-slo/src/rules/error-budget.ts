import type { Rule } from '@design-check/core';
import { hasValue, spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { formatDuration, formatNumber, withinRounding } from '../values.js';

type MessageId = 'percent' | 'percentile' | 'time' | 'window';

// `5% of requests may exceed`: a share of events above the percentile, not a share of time.
const SHARE_OF_EVENTS = /%\s*of\s+(?!the\s+(?:time|window|month))\w|\b(?:exceed|slower|above|over the threshold)/i;

/** The error budget is what the target leaves: 100% minus the target, as a share or as time. */
export const errorBudget: Rule<Record<string, never>, MessageId> = {
  name: 'error-budget',
  meta: {
    description: 'Require every error budget to equal 100% minus its SLO target, over a window that parses.',
    messages: {
      percent: 'Unexpected error budget {{budget}}% for a {{target}}% target, expected {{expected}}% (100% − {{target}}%)',
      percentile: 'Unexpected error budget {{budget}}% for a p{{percentile}} target, expected {{expected}}% (the requests above p{{percentile}})',
      time: 'Unexpected error budget {{budget}} over {{window}} for a {{target}}% target, expected {{expected}} ({{share}}% of {{window}})',
      window: 'Unexpected window "{{window}}", expected a duration such as 30d, 4w or 28-day rolling',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    appliesTo: has('slos'),
  },
  check(ctx) {
    for (const slo of sloModel(ctx.doc).slos) {
      const { budget, budgetValue: value, targetValue: target } = slo;
      if (!hasValue(budget) || !value) continue;
      if (value.badWindow) {
        ctx.report({ messageId: 'window', data: { window: value.badWindow.text }, at: spanIn(budget, value.badWindow.index, value.badWindow.text.length) });
      }
      // The finding covers the budget as written (`0.5%`, `4.32 min`); its fix rewrites the number in it.
      const fixed = (index: number, length: number, num: { index: number; length: number }, expected: string) => {
        const [start, end, n0] = [budget.offset + index, budget.offset + index + length, budget.offset + num.index];
        const text = ctx.doc.text.slice(start, n0) + expected + ctx.doc.text.slice(n0 + num.length, end);
        return { at: ctx.doc.spanAt(start, end), fix: { range: [start, end] as [number, number], text } };
      };
      if (target?.kind === 'percent' && target.percent.value > 0 && target.percent.value < 100) {
        const t = target.percent;
        const share = 100 - t.value;
        const targetText = formatNumber(t.value, t.decimals);
        if (value.percent && !withinRounding(value.percent, share)) {
          const expected = formatNumber(share, Math.max(t.decimals, value.percent.decimals));
          const b = value.percent;
          ctx.report({ messageId: 'percent', data: { budget: formatNumber(b.value, b.decimals), target: targetText, expected }, ...fixed(b.index, b.fullLength, b, expected) });
        } else if (!value.percent && value.time && value.windowMs) {
          const d = value.time;
          const expectedMs = (share / 100) * value.windowMs;
          if (withinRounding(d.num, expectedMs / d.unitMs)) continue;
          const expected = formatNumber(expectedMs / d.unitMs, Math.max(2, d.num.decimals));
          const data = { budget: budget.plain.substr(d.index, d.length).trim(), window: formatDuration(value.windowMs), target: targetText, expected: `${expected} ${d.unit}`, share: formatNumber(share, t.decimals) };
          ctx.report({ messageId: 'time', data, ...fixed(d.index, d.length, d.num, expected) });
        }
      } else if (slo.isLatency && slo.percentile !== undefined && value.percent && target?.kind !== 'percent' && SHARE_OF_EVENTS.test(budget.plain)) {
        const share = 100 - slo.percentile;
        if (withinRounding(value.percent, share)) continue;
        const b = value.percent;
        const expected = formatNumber(share, Math.max(b.decimals, String(slo.percentile).split('.')[1]?.length ?? 0));
        ctx.report({ messageId: 'percentile', data: { budget: formatNumber(b.value, b.decimals), percentile: slo.percentile, expected }, ...fixed(b.index, b.fullLength, b, expected) });
      }
    }
  },
};
