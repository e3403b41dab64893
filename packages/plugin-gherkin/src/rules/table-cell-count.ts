import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin, problemsOf } from '../model.js';

/** A data table or Examples row with more or fewer cells than the table's header. */
export const tableCellCount: Rule<undefined, 'count'> = {
  name: 'table-cell-count',
  meta: {
    description: 'Require every row of a Gherkin data table or Examples table to have as many cells as its header.',
    messages: {
      count: 'Unexpected {{count}} in this table row, expected {{expected}} like the header on line {{headerLine}}',
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const cells = (n: unknown) => (n === 1 ? '1 cell' : `${String(n)} cells`);
    for (const p of problemsOf(await gherkinModel(ctx.doc), 'cells')) {
      ctx.report({ messageId: 'count', data: { count: cells(p.data.count), expected: cells(p.data.expected), headerLine: p.data.headerLine }, at: p.at });
    }
  },
};
