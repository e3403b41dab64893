import { isPlaceholder, type Rule } from '@design-check/core';
import { gherkinModel, hasGherkin, type Scenario } from '../model.js';

/** Two scenarios of the document with the same name (case and spacing aside). */
export const uniqueScenarioNames: Rule<undefined, 'duplicate' | 'first'> = {
  name: 'unique-scenario-names',
  meta: {
    description: 'Require scenario names to be unique within the document.',
    messages: {
      duplicate: "Unexpected duplicate scenario name '{{name}}', first used on line {{firstLine}}; expected a name that tells the two behaviours apart",
      first: "Scenario '{{name}}' is first named here",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    const seen = new Map<string, Scenario>();
    for (const s of model.scenarios) {
      const key = s.name.toLowerCase().replace(/\s+/g, ' ').trim();
      if (s.background || !key || isPlaceholder(s.name)) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, s);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        data: { name: s.name, firstLine: first.at.line },
        at: s.at,
        related: [{ messageId: 'first', data: { name: first.name }, at: first.at }],
      });
    }
  },
};
