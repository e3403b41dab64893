import type { Rule } from '@design-check/core';
import { hasValue } from '../cells.js';
import { has, sloModel } from '../model.js';
import { formatNumber } from '../values.js';

type MessageId = 'range' | 'noPercentile' | 'noUnit' | 'unparsed';

/** An SLO target is a percentage strictly between 0 and 100, or a latency with a percentile and a unit. */
export const targetFormat: Rule<Record<string, never>, MessageId> = {
  name: 'target-format',
  meta: {
    description: 'Require every SLO target to be a percentage between 0 and 100 or a latency with a percentile and a unit.',
    messages: {
      range: 'Unexpected target {{target}}%, expected a percentage strictly between 0 and 100 (such as 99.9%)',
      noPercentile: 'Unexpected latency target "{{target}}" without a percentile, expected one such as "p95 {{target}}"',
      noUnit: 'Unexpected latency threshold {{value}} without a unit, expected one such as {{value}}ms or {{value}} s',
      unparsed: 'Unexpected target "{{target}}", expected a percentage (99.9%) or a latency with a percentile (p95 < 200ms)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('slos'),
  },
  check(ctx) {
    for (const slo of sloModel(ctx.doc).slos) {
      const { target, targetValue: value } = slo;
      if (!hasValue(target) || !value) continue;
      if (value.kind === 'none') {
        ctx.report({ messageId: 'unparsed', data: { target: target.text }, at: target });
      } else if (value.kind === 'percent') {
        const p = value.percent;
        if (p.value <= 0 || p.value >= 100) ctx.report({ messageId: 'range', data: { target: formatNumber(p.value, p.decimals) }, at: target });
      } else if (value.kind === 'latency') {
        if (value.unitless) ctx.report({ messageId: 'noUnit', data: { value: target.plain.substr(value.unitless.index, value.unitless.length) }, at: target });
        else if (slo.percentile === undefined && !value.latencies.some((l) => l.percentile)) ctx.report({ messageId: 'noPercentile', data: { target: target.text }, at: target });
      }
    }
  },
};
