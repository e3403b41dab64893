import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A Scenario (or Background) line with no step under it. */
export const noEmptyScenario: Rule<undefined, 'empty'> = {
  name: 'no-empty-scenario',
  meta: {
    description: 'Disallow scenarios and backgrounds without steps.',
    messages: {
      empty: "Unexpected {{keyword}} '{{name}}' without steps, expected Given, When and Then steps under it",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      if (s.steps.length === 0) ctx.report({ messageId: 'empty', data: { keyword: s.keyword, name: s.name }, at: s.at });
    }
  },
};
