import type { Rule } from '@design-check/core';
import { checkIsoDate, leadingToken, todayIso } from '../util/dates.js';
import { isUnresolved } from '../util/placeholders.js';
import { cellOf, isEmptyRow, openQuestionsTable, questionId } from '../util/questions.js';

/** Options of `structure/open-question-overdue`. */
export interface OpenQuestionOverdueOptions {
  /** The date to compare with, `YYYY-MM-DD` (default: today, UTC). */
  today?: string;
}

/** An unresolved open question whose target date has passed. */
export const openQuestionOverdue: Rule<OpenQuestionOverdueOptions, 'overdue'> = {
  name: 'open-question-overdue',
  meta: {
    description: 'Warn about unresolved open questions whose target date has passed.',
    messages: {
      overdue: 'Overdue open question {{id}}: target date {{date}} has passed ({{today}}) and it has no resolution; resolve it or set a new date',
    },
    schema: {
      type: 'object',
      properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      additionalProperties: false,
    },
    defaultOptions: {},
  },
  check(ctx) {
    const table = openQuestionsTable(ctx.doc);
    if (!table) return;
    const today = todayIso(ctx.options.today);
    table.rows.forEach((row, i) => {
      const date = cellOf(table, row, 'Target Date');
      if (isEmptyRow(row) || !date || !isUnresolved(cellOf(table, row, 'Resolution'))) return;
      const parsed = checkIsoDate(leadingToken(date.text));
      if (!parsed.ok || parsed.date >= today) return;
      ctx.report({
        messageId: 'overdue',
        data: { id: questionId(row, i), date: parsed.date, today },
        at: { line: date.line, column: date.column, endLine: date.endLine, endColumn: date.endColumn },
      });
    });
  },
};
