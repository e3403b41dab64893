import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin, problemsOf } from '../model.js';

/** A step that belongs to no scenario: before the first Scenario line, or after an outline's Examples. */
export const noOrphanSteps: Rule<undefined, 'before' | 'after'> = {
  name: 'no-orphan-steps',
  meta: {
    description: 'Disallow steps outside a scenario: before the first Scenario line or after the Examples of an outline.',
    messages: {
      before: "Unexpected step '{{step}}' outside any scenario, expected it under a Scenario: line (or a Background: line for shared context)",
      after: "Unexpected step '{{step}}' after the Examples table, expected every step of the outline above its Examples",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    for (const p of problemsOf(await gherkinModel(ctx.doc), 'orphan')) {
      ctx.report({ messageId: p.data.where === 'after' ? 'after' : 'before', data: { step: p.data.step }, at: p.at });
    }
  },
};
