import { type Rule, isPlaceholder, normalizeStatus, readStatus, splitStatus, STATUSES } from '@design-check/core';

/** Options of `structure/metadata-status`. */
export interface MetadataStatusOptions {
  /** Accepted statuses (case-insensitive; `In Review` reads as `in-review`). */
  statuses: string[];
}

/** The Status field holds exactly one known status. */
export const metadataStatus: Rule<MetadataStatusOptions, 'unknown' | 'several'> = {
  name: 'metadata-status',
  meta: {
    description: 'Require Status to be one of draft, in-review, approved, superseded.',
    messages: {
      unknown: 'Unexpected status "{{status}}", expected one of {{expected}}',
      several: 'Unexpected several statuses "{{status}}", expected exactly one of {{expected}}',
    },
    schema: {
      type: 'object',
      properties: { statuses: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { statuses: STATUSES },
  },
  check(ctx) {
    const status = readStatus(ctx.doc);
    if (!status || isPlaceholder(status.cell.raw)) return;
    const allowed = ctx.options.statuses.map(normalizeStatus);
    const expected = allowed.join(', ');
    const { cell, entry } = status;
    // An unescaped `|` (the template's `draft | in-review | …`) splits the choices into cells.
    const extra = entry.row.cells.slice(2).filter((c) => allowed.includes(splitStatus(c.text).value));
    const inline = /^[|/,]|^or\b/.test(status.rest) && allowed.includes(splitStatus(status.rest.replace(/^(?:[|/,]|or\b)\s*/, '')).value);
    if (extra.length || inline) {
      const last = extra.length ? extra[extra.length - 1] : cell;
      const text = extra.length ? [cell, ...extra].map((c) => c.text).join(' | ') : cell.text;
      ctx.report({ messageId: 'several', data: { status: text, expected }, at: { line: cell.line, column: cell.column, endLine: last.endLine, endColumn: last.endColumn } });
      return;
    }
    if (!allowed.includes(status.value)) {
      ctx.report({ messageId: 'unknown', data: { status: cell.text, expected }, at: cell });
    }
  },
};
