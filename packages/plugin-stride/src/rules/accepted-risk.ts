import type { Rule } from '@design-check/core';
import { hasOwnerOrLink, mitigationKind } from '../mitigation.js';
import { appliesTo, threatModelOf } from '../model.js';
import { readRating } from '../ratings.js';
import { at, excerpt, threatName } from '../util.js';

/** Options of `stride/accepted-risk`. */
export interface AcceptedRiskOptions {
  /** Likelihood values that count as high (case-insensitive; `H` reads as `High`). */
  likelihood: string[];
  /** Impact values that count as high. */
  impact: string[];
}

const values = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

/** A High-likelihood, High-impact threat is mitigated, or its acceptance names an owner or a decision. */
export const acceptedRisk: Rule<AcceptedRiskOptions, 'bareAcceptance'> = {
  name: 'accepted-risk',
  meta: {
    description: 'Disallow accepting a High-likelihood, High-impact threat without an owner or a link to the decision.',
    messages: {
      bareAcceptance:
        'Unexpected bare "{{value}}" as the mitigation of threat "{{threat}}" ({{likelihood}} likelihood, {{impact}} impact), expected a mitigation, or the risk acceptance with its owner or a link to the decision',
    },
    schema: { type: 'object', properties: { likelihood: values, impact: values }, additionalProperties: false },
    defaultOptions: { likelihood: ['High', 'Very High', 'Critical'], impact: ['High', 'Very High', 'Critical'] },
    appliesTo,
  },
  check(ctx) {
    for (const t of threatModelOf(ctx.doc).threats) {
      if (t.notApplicable || !t.mitigation || mitigationKind(t.mitigation) !== 'accepted') continue;
      const c = t.table.columns;
      // A table that rates each threat once (Risk) rates its likelihood and impact together.
      const single = c.likelihood < 0 && c.impact < 0;
      const likelihood = single ? t.risk : t.likelihood;
      const impact = single ? t.risk : t.impact;
      const l = likelihood && readRating(likelihood.text, ctx.options.likelihood);
      const i = impact && readRating(impact.text, ctx.options.impact);
      if (!l || !i || hasOwnerOrLink(t.mitigation)) continue;
      ctx.report({
        messageId: 'bareAcceptance',
        data: { value: excerpt(t.mitigation.text), threat: threatName(t), likelihood: l, impact: i },
        at: at(t.mitigation, t.row),
      });
    }
  },
};
