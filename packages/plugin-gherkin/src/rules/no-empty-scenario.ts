import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A Scenario (or Background) line with no step under it. */
export const noEmptyScenario: Rule<undefined, 'empty' | 'emptyUnnamed' | 'emptyBackground'> = {
  name: 'no-empty-scenario',
  meta: {
    description: 'Disallow scenarios and backgrounds without steps.',
    messages: {
      empty: "Unexpected {{keyword}} '{{name}}' without steps, expected Given, When and Then steps under it",
      emptyUnnamed: 'Unexpected {{keyword}} without a name and without steps, expected a name and Given, When and Then steps under it',
      emptyBackground: 'Unexpected {{keyword}} without steps, expected the Given steps that every scenario shares, or no {{keyword}}',
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      if (s.steps.length > 0) continue;
      const messageId = s.background ? 'emptyBackground' : s.name ? 'empty' : 'emptyUnnamed';
      ctx.report({ messageId, data: { keyword: s.keyword, ...(s.name ? { name: s.name } : {}) }, at: s.at });
    }
  },
};
