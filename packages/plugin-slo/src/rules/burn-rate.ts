import type { Rule } from '@design-check/core';
import { hasValue, spanIn } from '../cells.js';
import { has, sloModel } from '../model.js';
import { factorOf, formatDuration, formatNumber, parseDuration, parseWindow } from '../values.js';

/** Options of `slo/burn-rate`. */
export interface BurnRateOptions {
  /** The SLO window when a row does not give one (`30d`). */
  window: string;
}

type MessageId = 'noWindow' | 'factor' | 'longWindow' | 'exhausts';

/** A burn-rate threshold has a factor of 1x or more and an alert window that fits the budget. */
export const burnRate: Rule<BurnRateOptions, MessageId> = {
  name: 'burn-rate',
  meta: {
    description: 'Require every burn-rate alert threshold to have a factor of at least 1 and an alert window shorter than the time it takes to spend the budget.',
    messages: {
      noWindow: 'Unexpected burn-rate threshold "{{threshold}}" without an alert window, expected one such as "{{factor}}x burn rate for 1h window"',
      factor: 'Unexpected burn-rate factor {{factor}}x, expected 1x or more (below 1x the budget never runs out within the {{window}} window)',
      longWindow: 'Unexpected alert window {{alertWindow}} for an SLO window of {{window}}, expected an alert window shorter than the SLO window',
      exhausts: 'Unexpected {{factor}}x burn rate over {{alertWindow}}: it spends the whole {{window}} error budget in {{exhaustion}}, before the alert window ends; expected a factor below {{max}}x or a shorter window',
    },
    schema: {
      type: 'object',
      properties: { window: { type: 'string', pattern: '\\d' } },
      additionalProperties: false,
    },
    defaultOptions: { window: '30d' },
    appliesTo: has('slos'),
  },
  check(ctx) {
    const fallback = parseDuration(ctx.options.window)?.ms ?? parseWindow(ctx.options.window) ?? 30 * 86_400_000;
    for (const slo of sloModel(ctx.doc).slos) {
      const { burn } = slo;
      if (!hasValue(burn)) continue;
      const window = slo.windowMs ?? fallback;
      const windowText = formatDuration(window);
      for (const b of slo.burnRates) {
        const at = spanIn(burn, b.index, b.length);
        const factor = factorOf(b, window);
        if (factor === undefined) continue;
        const factorText = formatNumber(factor, 2);
        if (!b.windows.length) {
          ctx.report({ messageId: 'noWindow', data: { threshold: b.text.trim(), factor: factorText }, at });
          continue;
        }
        // 1x is the SRE workbook's slow ticket alert (`1x over 3d`): the budget runs out by the end of the window.
        if (factor < 1) {
          ctx.report({ messageId: 'factor', data: { factor: factorText, window: windowText }, at });
          continue;
        }
        const alertWindow = Math.max(...b.windows);
        const alertText = b.windowTexts[b.windows.indexOf(alertWindow)];
        if (alertWindow >= window) {
          ctx.report({ messageId: 'longWindow', data: { alertWindow: alertText, window: windowText }, at });
        } else if (window / factor <= alertWindow) {
          const data = { factor: factorText, alertWindow: alertText, window: windowText, exhaustion: formatDuration(window / factor), max: formatNumber(window / alertWindow, 1) };
          ctx.report({ messageId: 'exhausts', data, at });
        }
      }
    }
  },
};
