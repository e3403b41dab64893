import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A Scenario Outline that runs zero times: no Examples, an Examples without a table, or a table with a header only. */
export const outlineExamples: Rule<undefined, 'none' | 'noTable' | 'noRows'> = {
  name: 'outline-examples',
  meta: {
    description: 'Require every Scenario Outline to have an Examples table with a header and at least one row.',
    messages: {
      none: "Unexpected Scenario Outline '{{name}}' without Examples, expected an Examples: table with a header and at least one row",
      noTable: "Unexpected {{keyword}} of '{{name}}' without a table, expected a header row and at least one row of values",
      noRows: "Unexpected {{keyword}} of '{{name}}' with a header and no rows, expected at least one row of values",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      if (!s.outline) continue;
      if (s.examples.length === 0) ctx.report({ messageId: 'none', data: { name: s.name }, at: s.at });
      for (const ex of s.examples) {
        if (!ex.hasTable) ctx.report({ messageId: 'noTable', data: { keyword: ex.keyword, name: s.name }, at: ex.at });
        else if (ex.rows === 0) ctx.report({ messageId: 'noRows', data: { keyword: ex.keyword, name: s.name }, at: ex.at });
      }
    }
  },
};
