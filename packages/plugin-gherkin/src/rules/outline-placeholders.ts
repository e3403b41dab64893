import { closestName, type Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A `<placeholder>` of an outline that an Examples table has no column for: it would stay literal. */
export const outlinePlaceholders: Rule<undefined, 'missing' | 'missingHint'> = {
  name: 'outline-placeholders',
  meta: {
    description: 'Require every <placeholder> of a Scenario Outline to be a column of each of its Examples tables.',
    messages: {
      missing: "Unexpected placeholder <{{name}}>: the Examples on line {{examplesLine}} have no '{{name}}' column, expected one of {{columns}} or a '{{name}}' column",
      missingHint: "Unexpected placeholder <{{name}}>: the Examples on line {{examplesLine}} have no '{{name}}' column, did you mean <{{hint}}>?",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      const tables = s.examples.filter((ex) => ex.hasTable);
      if (!s.outline || tables.length === 0) continue;
      for (const p of s.placeholders) {
        const lacking = tables.find((ex) => !ex.columns.some((c) => c.name === p.name));
        if (!lacking) continue;
        const names = lacking.columns.map((c) => c.name);
        // Only a near miss is a hint (`methd` → `method`), not any short column (`time` → `items`).
        const hint = closestName(p.name, names, Math.max(1, Math.floor(p.name.length / 3)));
        const columns = names.map((n) => `<${n}>`).join(', ') || 'no column';
        ctx.report({ messageId: hint ? 'missingHint' : 'missing', data: { name: p.name, examplesLine: lacking.at.line, ...(hint ? { hint } : { columns }) }, at: p.at });
      }
    }
  },
};
