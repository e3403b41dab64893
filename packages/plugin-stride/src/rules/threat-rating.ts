import { closestName, type Rule, type TableCell } from '@design-check/core';
import { appliesTo, threatModelOf, type ThreatRow } from '../model.js';
import { DEFAULT_SCALE, ratingWord, readRating } from '../ratings.js';
import { at, emptiness, excerpt, leftToStructure, threatName } from '../util.js';

/** Options of `stride/threat-rating`. */
export interface ThreatRatingOptions {
  /** The rating scale, lowest first (case-insensitive; `Med` and `M` read as `Medium`). */
  scale: string[];
}

type MessageId = 'empty' | 'offScale' | 'misspelled';

/** The rating cells of a row: Likelihood and Impact, or a single Risk rating. */
function ratings(t: ThreatRow): Array<[string, TableCell | undefined]> {
  const c = t.table.columns;
  if (c.likelihood < 0 && c.impact < 0) return c.risk >= 0 ? [['Risk', t.risk]] : [];
  const out: Array<[string, TableCell | undefined]> = [];
  if (c.likelihood >= 0) out.push(['Likelihood', t.likelihood]);
  if (c.impact >= 0) out.push(['Impact', t.impact]);
  return out;
}

/** Every threat's Likelihood and Impact are on the rating scale. */
export const threatRating: Rule<ThreatRatingOptions, MessageId> = {
  name: 'threat-rating',
  meta: {
    description: 'Require every threat to rate its Likelihood and Impact on the scale Low, Medium, High.',
    messages: {
      empty: 'Missing {{column}} of threat "{{threat}}"; rate it {{expected}}',
      offScale: 'Unexpected {{column}} "{{value}}" of threat "{{threat}}", expected one of {{expected}}',
      misspelled: 'Unexpected {{column}} "{{value}}" of threat "{{threat}}", expected one of {{expected}}; did you mean "{{suggestion}}"?',
    },
    schema: {
      type: 'object',
      properties: { scale: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 2 } },
      additionalProperties: false,
    },
    defaultOptions: { scale: [...DEFAULT_SCALE] },
    appliesTo,
  },
  check(ctx) {
    const { scale } = ctx.options;
    const expected = scale.join(', ');
    for (const t of threatModelOf(ctx.doc).threats) {
      if (t.notApplicable) continue;
      for (const [column, cell] of ratings(t)) {
        const why = emptiness(cell);
        const data = { column, threat: threatName(t), expected };
        if (why) {
          if (!leftToStructure(ctx, why)) ctx.report({ messageId: 'empty', data: { ...data, expected: scale.join('/') }, at: at(cell, t.row) });
          continue;
        }
        if (readRating(cell!.text, scale)) continue;
        const word = ratingWord(cell!.text);
        const near = word.length > 2 ? closestName(word.toLowerCase(), scale.map((v) => v.toLowerCase()), 2) : undefined;
        const value = excerpt(cell!.text);
        if (near) ctx.report({ messageId: 'misspelled', data: { ...data, value, suggestion: scale.find((v) => v.toLowerCase() === near) }, at: at(cell, t.row) });
        else ctx.report({ messageId: 'offScale', data: { ...data, value }, at: at(cell, t.row) });
      }
    }
  },
};
