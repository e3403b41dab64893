import { type Rule, isBlank, isPlaceholder } from '@design-check/core';
import { checkIsoDate, leadingToken } from '../util/dates.js';
import { cellOf, columnOf, isEmptyRow, openQuestionsTable, questionId } from '../util/questions.js';

type MessageId = 'missingColumn' | 'missingOwner' | 'missingDate' | 'badDate';


/** Every open question has an owner and a real target date. */
export const openQuestions: Rule<Record<string, never>, MessageId> = {
  name: 'open-questions',
  meta: {
    description: 'Require an Owner and a YYYY-MM-DD Target Date on every open question.',
    messages: {
      missingColumn: 'Missing "{{column}}" column in the Open Questions table; every question needs an owner and a target date',
      missingOwner: 'Missing owner for open question {{id}}; name who will resolve it',
      missingDate: 'Missing target date for open question {{id}}; add the date it must be resolved by (YYYY-MM-DD)',
      badDate: 'Unexpected target date "{{value}}" for open question {{id}}, expected a real date written YYYY-MM-DD',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check(ctx) {
    const table = openQuestionsTable(ctx.doc);
    if (!table) return;
    const missing = (['Owner', 'Target Date'] as const).filter((c) => columnOf(table, c) < 0);
    for (const column of missing) ctx.report({ messageId: 'missingColumn', data: { column }, at: { line: table.line, column: table.column } });
    table.rows.forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const id = questionId(row, i);
      const owner = cellOf(table, row, 'Owner');
      const date = cellOf(table, row, 'Target Date');
      // Placeholders such as `_(Tech Lead)_` and `YYYY-MM-DD` are structure/no-placeholders' findings.
      if (!missing.includes('Owner') && isBlank(owner?.text)) ctx.report({ messageId: 'missingOwner', data: { id }, at: owner ?? row });
      if (missing.includes('Target Date') || isPlaceholder(date?.raw)) return;
      if (!date || isBlank(date.text)) {
        ctx.report({ messageId: 'missingDate', data: { id }, at: date ?? row });
      } else if (!checkIsoDate(leadingToken(date.text)).ok) {
        ctx.report({ messageId: 'badDate', data: { id, value: date.text }, at: date });
      }
    });
  },
};
