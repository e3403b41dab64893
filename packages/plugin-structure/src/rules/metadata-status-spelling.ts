import { type Rule, isPlaceholder, normalizeStatus, readStatus, STATUSES } from '@design-check/core';

/** Options of `structure/metadata-status-spelling`. */
export interface MetadataStatusSpellingOptions {
  /** The statuses as the template writes them. */
  statuses: string[];
}

/** A status word written with a space or an underscore where the template has a hyphen (`In Review`). */
const WORD = /in[ _]+review|in[ _]*-[ _]*review/i;

/**
 * Status is read tolerantly (`In Review` is `in-review`), but tools and searches look for the
 * template's own value: a differently spelt status is accepted with a warning and a fix.
 */
export const metadataStatusSpelling: Rule<MetadataStatusSpellingOptions, 'spelling'> = {
  name: 'metadata-status-spelling',
  meta: {
    description: "Warn about a Status spelt differently from the template's value, such as In Review for in-review.",
    messages: {
      spelling: 'Unexpected status spelling "{{written}}", expected "{{status}}" as the template writes it',
    },
    fixable: true,
    schema: {
      type: 'object',
      properties: { statuses: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { statuses: [...STATUSES] },
  },
  check(ctx) {
    const status = readStatus(ctx.doc);
    if (!status || isPlaceholder(status.cell.raw)) return;
    const wanted = ctx.options.statuses.find((s) => normalizeStatus(s) === status.value);
    const { cell } = status;
    // Struck-through words (`~~In Review~~ approved`) are history, not the status.
    const live = ctx.doc.text.slice(cell.offset, cell.endOffset).replace(/~~.*?~~/g, (s) => ' '.repeat(s.length));
    const m = WORD.exec(live);
    if (!wanted || !m || m[0].toLowerCase() === wanted || normalizeStatus(m[0]) !== status.value) return;
    const start = cell.offset + m.index;
    const at = { line: cell.line, column: cell.column + m.index, endLine: cell.line, endColumn: cell.column + m.index + m[0].length };
    ctx.report({ messageId: 'spelling', data: { written: m[0], status: wanted }, at, fix: { range: [start, start + m[0].length], text: wanted } });
  },
};
