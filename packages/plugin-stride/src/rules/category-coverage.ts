import type { Rule } from '@design-check/core';
import { STRIDE } from '../categories.js';
import { appliesTo, threatModelOf } from '../model.js';
import { NO_OPTIONS } from '../util.js';

/** Every STRIDE category is covered by a threat, or by a row that says why it does not apply. */
export const categoryCoverage: Rule<Record<string, never>, 'uncovered'> = {
  name: 'category-coverage',
  meta: {
    description: 'Require every STRIDE category to have a threat, or a row saying why it does not apply.',
    messages: {
      uncovered: 'Missing STRIDE category "{{category}}" in the Threat Analysis; add a threat of this category, or a row saying why it does not apply',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    const first = model.threatTables.find((t) => t.columns.category >= 0)?.table;
    if (!first || !model.threats.length) return;
    // A misspelled or other-taxonomy category is reported by stride/threat-category; it covers
    // the category it stands for, so that one mistake is reported once.
    const covered = new Set<string>();
    for (const { reading: r } of model.threats.flatMap((t) => t.categories)) {
      if (r.kind === 'stride' || r.kind === 'other') covered.add(r.category);
      else if (r.kind === 'misspelled') covered.add(r.suggestion);
    }
    for (const category of STRIDE) {
      if (!covered.has(category)) ctx.report({ messageId: 'uncovered', data: { category }, at: { line: first.line, column: first.column } });
    }
  },
};
