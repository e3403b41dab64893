import { type Rule, dateFields, isBlank, isPlaceholder } from '@design-check/core';
import { checkIsoDate, leadingToken, todayIso } from '../util/dates.js';

/** Options of `structure/metadata-future-dates`. */
export interface MetadataFutureDatesOptions {
  /** The date to compare with, `YYYY-MM-DD` (default: today, UTC). */
  today?: string;
}

// Fields that plan a date rather than record one: a launch or review date may lie ahead.
const PLANNED = /target|due|deadline|planned|launch|release|eta|expir|sunset|next|go[ -]live/i;

/** A metadata date that records an event (Created, Approved, Last Updated) cannot lie after today. */
export const metadataFutureDates: Rule<MetadataFutureDatesOptions, 'future'> = {
  name: 'metadata-future-dates',
  meta: {
    description: 'Warn about a Created, Approved or Last Updated date after today.',
    messages: {
      future: 'Unexpected {{field}} date {{date}} after today ({{today}}); write the day it happened',
    },
    schema: {
      type: 'object',
      properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      additionalProperties: false,
    },
    defaultOptions: {},
  },
  check(ctx) {
    const today = todayIso(ctx.options.today);
    for (const entry of dateFields(ctx.doc)) {
      const cell = entry.value;
      if (!cell || isBlank(cell.text) || isPlaceholder(cell.raw) || PLANNED.test(entry.key)) continue;
      const parsed = checkIsoDate(leadingToken(cell.text));
      if (parsed.ok && parsed.date > today) ctx.report({ messageId: 'future', data: { field: entry.key, date: parsed.date, today }, at: cell });
    }
  },
};
