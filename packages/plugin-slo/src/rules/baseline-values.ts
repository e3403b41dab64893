import type { Rule } from '@design-check/core';
import { hasValue, isNotApplicable } from '../cells.js';
import { has, sloModel } from '../model.js';

/** A production baseline is a measured value. */
export const baselineValues: Rule<Record<string, never>, 'unparsed'> = {
  name: 'baseline-values',
  meta: {
    description: 'Require every Production Baseline value to be a measured number (such as 142ms or 0.03%).',
    messages: {
      unparsed: 'Unexpected baseline "{{value}}" for \'{{component}}\', expected the measured value from the observability platform, such as 142ms or 0.03%',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('baselines'),
  },
  check(ctx) {
    for (const b of sloModel(ctx.doc).baselines) {
      if (!hasValue(b.value) || isNotApplicable(b.value) || /\d/.test(b.value.text)) continue;
      ctx.report({ messageId: 'unparsed', data: { value: b.value.text, component: b.component?.text ?? '' }, at: b.value });
    }
  },
};
