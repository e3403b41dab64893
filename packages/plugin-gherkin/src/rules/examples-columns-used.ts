import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** An Examples column that no step of the outline uses: its values vary nothing. */
export const examplesColumnsUsed: Rule<undefined, 'unused'> = {
  name: 'examples-columns-used',
  meta: {
    description: 'Warn about Examples columns that no <placeholder> of the Scenario Outline uses.',
    messages: {
      unused: "Unexpected Examples column '{{name}}' that no step of '{{scenario}}' uses, expected <{{name}}> in a step or the column removed",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      if (!s.outline) continue;
      const used = new Set([...s.placeholders.map((p) => p.name), ...s.docPlaceholders]);
      for (const ex of s.examples) {
        for (const c of ex.columns) if (c.name && !used.has(c.name)) ctx.report({ messageId: 'unused', data: { name: c.name, scenario: s.name }, at: c.at });
      }
    }
  },
};
