import { type Rule, type Table, type TableRow, readableText, findTemplateSection, isBlank, isPlaceholder, specName, type SectionSpec, hasStatus } from '@design-check/core';
import { checkIsoDate, leadingToken, todayIso } from '../util/dates.js';
import { walk, type MdNode } from '../util/mdast.js';
import { excerpt, isUnresolved } from '../util/placeholders.js';
import { cellOf, columnOf, isEmptyRow, openQuestionsTable, questionId } from '../util/questions.js';

/** Options of `structure/approved-complete`. */
export interface ApprovedCompleteOptions {
  /** Sections whose checklist items must all be ticked once the design is approved. */
  checklists: SectionSpec[];
  /**
   * `owned` (default): an open question may stay unresolved when it has an owner and a target
   * date that has not passed, as the template's checklist asks; `resolved`: every one needs a
   * Resolution.
   */
  openQuestions: 'owned' | 'resolved';
  /** The date to compare target dates with, `YYYY-MM-DD` (default: today, UTC). */
  today?: string;
}

/** An unresolved question that has an owner and a target date still ahead. */
function ownedAndDated(table: Table, row: TableRow, today: string): boolean {
  const owner = cellOf(table, row, 'Owner');
  const date = checkIsoDate(leadingToken(cellOf(table, row, 'Target Date')?.text ?? ''));
  return !!owner && !isBlank(owner.text) && !isPlaceholder(owner.raw) && date.ok && date.date >= today;
}

type MessageId = 'unticked' | 'unresolved' | 'noResolutionColumn';

/** True when a task item's own text is struck through, but for an optional `N/A` note. */
function struckOut(item: MdNode): boolean {
  const first = item.children?.[0];
  if (!first) return false;
  let struck = false;
  walk(first, (n) => void (struck ||= n.type === 'delete'));
  if (!struck) return false;
  return /^[\s(:;,.—–-]*(?:n\/?a\b.*)?$/i.test(readableText(first));
}

/** An approved design has every review checklist item ticked and no open question unresolved. */
export const approvedComplete: Rule<ApprovedCompleteOptions, MessageId> = {
  name: 'approved-complete',
  meta: {
    description: 'Require ticked checklists, and open questions resolved or owned with a target date ahead, once Status is approved.',
    messages: {
      unticked: 'Unexpected unticked item "{{item}}" in {{section}}: Status is approved, expected every item ticked',
      unresolved: 'Unexpected unresolved open question {{id}}: Status is approved, expected a Resolution, or an owner and a target date not yet passed',
      noResolutionColumn: 'Missing Resolution column in the Open Questions table: Status is approved, expected each question resolved',
    },
    schema: {
      type: 'object',
      properties: {
        checklists: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
        openQuestions: { enum: ['owned', 'resolved'] },
        today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      },
      additionalProperties: false,
    },
    defaultOptions: { checklists: ['Design Review Checklist', 'Security Controls'], openQuestions: 'owned' },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!hasStatus(doc, 'approved')) return;
    for (const spec of ctx.options.checklists) {
      const section = findTemplateSection(doc, spec);
      if (!section) continue;
      for (const task of doc.tasks) {
        if (task.checked || task.line < section.line || task.line > section.lastLine) continue;
        // An item struck through (`- [ ] ~~Agent workflows include spans~~ N/A`) was ruled out, not forgotten.
        if (struckOut(task.node as unknown as MdNode)) continue;
        ctx.report({ messageId: 'unticked', data: { item: excerpt(task.text), section: specName(spec) }, at: { line: task.line, column: task.column } });
      }
    }
    const table = openQuestionsTable(doc);
    if (!table || table.rows.every(isEmptyRow)) return;
    if (columnOf(table, 'Resolution') < 0) {
      ctx.report({ messageId: 'noResolutionColumn', at: { line: table.line, column: table.column } });
      return;
    }
    const today = todayIso(ctx.options.today);
    table.rows.forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const cell = cellOf(table, row, 'Resolution');
      if (!isUnresolved(cell) || (ctx.options.openQuestions === 'owned' && ownedAndDated(table, row, today))) return;
      const where = cell ?? row;
      ctx.report({ messageId: 'unresolved', data: { id: questionId(row, i) }, at: { line: where.line, column: where.column } });
    });
  },
};
