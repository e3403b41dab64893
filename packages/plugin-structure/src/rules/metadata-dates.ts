import { type MetadataEntry, type Rule, dateFields, metadataField, isBlank, isPlaceholder, readStatus } from '@design-check/core';
import { checkIsoDate, isoFromYearFirst, leadingToken } from '../util/dates.js';

type MessageId = 'format' | 'calendar' | 'missingApproved' | 'approvedBeforeCreated' | 'updatedBeforeCreated' | 'created';

/** Metadata dates are real `YYYY-MM-DD` dates, none before Created; an approved design has an Approved date. */
export const metadataDates: Rule<Record<string, never>, MessageId> = {
  name: 'metadata-dates',
  meta: {
    description: 'Require real YYYY-MM-DD metadata dates, none before Created, and an Approved date on an approved design.',
    messages: {
      format: 'Unexpected {{field}} date "{{value}}", expected a date written YYYY-MM-DD',
      calendar: 'Unexpected {{field}} date "{{value}}": no such day in the calendar',
      missingApproved: 'Missing Approved date: Status is approved, expected an "Approved" metadata row with the approval date',
      approvedBeforeCreated: 'Unexpected Approved date {{approved}} before the Created date {{created}}',
      updatedBeforeCreated: 'Unexpected {{field}} date {{updated}} before the Created date {{created}}; a design is updated after it is created',
      created: 'Created here',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx;
    const valid = new Map<MetadataEntry, string>();
    for (const entry of dateFields(doc)) {
      const cell = entry.value;
      // Blank values belong to structure/metadata, placeholders to structure/no-placeholders.
      if (!cell || isBlank(cell.text) || isPlaceholder(cell.raw)) continue;
      const token = leadingToken(cell.text);
      const result = checkIsoDate(token);
      if (result.ok) {
        valid.set(entry, result.date);
        continue;
      }
      const data = { field: entry.key, value: cell.text };
      // A year-first date with one-digit parts (`2026-3-5`) has one reading: fix it in place.
      const iso = result.reason === 'format' ? isoFromYearFirst(token) : undefined;
      const start = iso ? doc.text.indexOf(token, cell.offset) : -1;
      if (iso && start >= 0 && start + token.length <= cell.endOffset) {
        ctx.report({ messageId: 'format', data, at: doc.spanAt(start, start + token.length), fix: { range: [start, start + token.length], text: iso } });
      } else {
        ctx.report({ messageId: result.reason, data, at: cell });
      }
    }
    const created = metadataField(doc, 'Created');
    const approved = metadataField(doc, 'Approved');
    const status = readStatus(doc);
    if (status?.value === 'approved' && (!approved?.value || isBlank(approved.value.text))) {
      const cell = approved ? approved.value ?? approved.keyCell : status.cell;
      ctx.report({ messageId: 'missingApproved', at: cell });
    }
    const a = approved && valid.get(approved);
    const c = created && valid.get(created);
    if (!c) return;
    const related = [{ messageId: 'created' as const, at: created!.value! }];
    if (a && a < c) ctx.report({ messageId: 'approvedBeforeCreated', data: { approved: a, created: c }, at: approved!.value!, related });
    const updated = ['Last Updated', 'Last Modified', 'Updated'].map((f) => metadataField(doc, f)).find((e) => e && e !== created && valid.has(e));
    const u = updated && valid.get(updated);
    if (u && u < c) ctx.report({ messageId: 'updatedBeforeCreated', data: { field: updated!.key, updated: u, created: c }, at: updated!.value!, related });
  },
};
