import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A scenario that does nothing (no When) or checks nothing (no Then). */
export const scenarioComplete: Rule<undefined, 'noWhen' | 'noThen' | 'neither'> = {
  name: 'scenario-complete',
  meta: {
    description: 'Require every scenario to have at least one When step (the action) and one Then step (the outcome).',
    messages: {
      noWhen: "Unexpected scenario '{{name}}' without a When step, expected the action under test as a When step",
      noThen: "Unexpected scenario '{{name}}' without a Then step, expected the expected outcome as a Then step",
      neither: "Unexpected scenario '{{name}}' without When and Then steps, expected the action as a When step and the outcome as a Then step",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      // Empty scenarios are no-empty-scenario's; a scenario written only with `*` makes no claim.
      if (s.background || s.steps.length === 0 || s.steps.every((st) => st.keyword === '*')) continue;
      const when = s.steps.some((st) => st.kind === 'when');
      const then = s.steps.some((st) => st.kind === 'then');
      if (when && then) continue;
      ctx.report({ messageId: !when && !then ? 'neither' : when ? 'noThen' : 'noWhen', data: { name: s.name }, at: s.at });
    }
  },
};
