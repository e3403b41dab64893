import type { Rule } from '@design-check/core';
import { spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { factorOf, formatNumber } from '../values.js';

const MONTH = 30 * 86_400_000;
const same = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);

/** A burn-rate alert uses a factor and window that the SLO table sets. */
export const alertBurnRate: Rule<Record<string, never>, 'mismatch' | 'thresholds'> = {
  name: 'alert-burn-rate',
  meta: {
    description: 'Warn about burn-rate alerts whose factor and window match no burn-rate threshold of the SLO table.',
    messages: {
      mismatch: 'Unexpected burn-rate alert "{{alert}}", expected a factor and window that the SLO table sets: {{expected}}',
      thresholds: 'The burn-rate thresholds of the SLOs',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: (doc) => has('alerts')(doc) && has('slos')(doc),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    const thresholds = model.slos.flatMap((s) =>
      s.burnRates.map((b) => ({ factor: factorOf(b, s.windowMs ?? MONTH), window: b.windows.length ? Math.max(...b.windows) : undefined, text: `${formatNumber(factorOf(b, s.windowMs ?? MONTH) ?? 0, 2)}x/${b.windowTexts[b.windows.indexOf(Math.max(...b.windows))] ?? '?'}` })),
    ).filter((t) => t.factor !== undefined);
    if (!thresholds.length) return;
    const expected = [...new Set(thresholds.map((t) => t.text))].join(', ');
    const sloTable = model.slos.find((s) => s.burnRates.length)!;
    for (const a of model.alerts) {
      for (const b of a.burnRates) {
        const factor = factorOf(b, MONTH);
        if (factor === undefined) continue;
        const window = b.windows.length ? Math.max(...b.windows) : undefined;
        if (thresholds.some((t) => same(t.factor!, factor) && (window === undefined || t.window === undefined || same(t.window, window)))) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { alert: b.text.trim(), expected },
          at: spanIn(a.condition!, b.index, b.length),
          related: [{ messageId: 'thresholds', at: sloTable.burn ?? sloTable.table }],
        });
      }
    }
  },
};
