import type { Rule } from '@design-check/core';
import { STRIDE } from '../categories.js';
import { appliesTo, threatModelOf } from '../model.js';
import { at, emptiness, excerpt, leftToStructure, threatName, NO_OPTIONS } from '../util.js';

type MessageId = 'empty' | 'misspelled' | 'otherTaxonomy' | 'unknown';

/** Every threat's Category is one or more STRIDE categories. */
export const threatCategory: Rule<Record<string, never>, MessageId> = {
  name: 'threat-category',
  meta: {
    description: 'Require every threat to have one or more STRIDE categories.',
    messages: {
      empty: 'Missing STRIDE category of threat "{{threat}}"; write one or more of Spoofing, Tampering, Repudiation, Information Disclosure, Denial of Service, Elevation of Privilege',
      misspelled: 'Unexpected category "{{value}}" of threat "{{threat}}", expected a STRIDE category; did you mean "{{suggestion}}"?',
      otherTaxonomy: 'Unexpected category "{{value}}" of threat "{{threat}}" from another taxonomy, expected a STRIDE category: it most likely belongs to "{{category}}"',
      unknown: `Unexpected category "{{value}}" of threat "{{threat}}", expected one or more of ${STRIDE.join(', ')} (or S, T, R, I, D, E)`,
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    for (const t of threatModelOf(ctx.doc).threats) {
      if (t.table.columns.category < 0) continue;
      const why = emptiness(t.category);
      if (why) {
        if (!leftToStructure(ctx, why) && !t.notApplicable) ctx.report({ messageId: 'empty', data: { threat: threatName(t) }, at: at(t.category, t.row) });
        continue;
      }
      const cell = t.category!;
      for (const entry of t.categories) {
        const { reading } = entry;
        if (reading.kind === 'stride') continue;
        // A table cell is one line: an entry's column is the cell's plus its offset in the raw text.
        const column = cell.column + entry.offset;
        const where = { line: cell.line, column, endLine: cell.line, endColumn: column + entry.text.length };
        const data = { value: excerpt(entry.text), threat: threatName(t) };
        if (reading.kind === 'misspelled') ctx.report({ messageId: 'misspelled', data: { ...data, suggestion: reading.suggestion }, at: where });
        else if (reading.kind === 'other') ctx.report({ messageId: 'otherTaxonomy', data: { ...data, category: reading.category }, at: where });
        else ctx.report({ messageId: 'unknown', data, at: where });
      }
    }
  },
};
