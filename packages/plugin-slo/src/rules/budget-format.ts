import type { Rule } from '@design-check/core';
import { hasValue, isEmpty, isLeftover, isNotApplicable } from '../cells.js';
import { has, sloModel } from '../model.js';
import { parseQuantity } from '../values.js';

/** A performance budget is a quantity with a unit, and says how it is measured. */
export const budgetFormat: Rule<Record<string, never>, 'unparsed' | 'noMethod'> = {
  name: 'budget-format',
  meta: {
    description: 'Require every performance budget to be a number with a unit (and a comparator) and to name its measurement method.',
    messages: {
      unparsed: 'Unexpected budget "{{budget}}" for \'{{component}}\', expected a comparator, a number and a unit such as "< 200ms" or "1M records in < 5 min"',
      noMethod: "Write how the budget of '{{component}}' is measured (load test, APM, benchmark)",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('budgets'),
  },
  check(ctx) {
    for (const b of sloModel(ctx.doc).budgets) {
      const component = b.component?.text ?? '';
      if (hasValue(b.budget) && !isNotApplicable(b.budget) && !parseQuantity(b.budget.plain)) {
        ctx.report({ messageId: 'unparsed', data: { budget: b.budget.text, component }, at: b.budget });
      }
      if (b.budget && isEmpty(b.method) && !isLeftover(b.method) && !isNotApplicable(b.budget)) {
        ctx.report({ messageId: 'noMethod', data: { component }, at: b.method ?? b.row.cells[b.row.cells.length - 1] });
      }
    }
  },
};
