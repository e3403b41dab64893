import { REQUIRED_METADATA, type Rule, metadataField, isBlank, findTemplateSection, metadataTable } from '@design-check/core';

/** Options of `structure/metadata`. */
export interface MetadataOptions {
  /** Fields that must have a row with a value. */
  fields: string[];
}

/** The Metadata section must hold a Field/Value table with the required fields filled in. */
export const metadata: Rule<MetadataOptions, 'missingTable' | 'missingField' | 'emptyField'> = {
  name: 'metadata',
  meta: {
    description: 'Require the Metadata table and its required fields.',
    messages: {
      missingTable: 'Missing Metadata table; add a "| Field | Value |" table under "{{section}}"',
      missingField: 'Missing metadata field "{{field}}"; add a "| **{{field}}** | … |" row to the Metadata table',
      emptyField: 'Empty metadata field "{{field}}"; fill in its value',
    },
    schema: {
      type: 'object',
      properties: { fields: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { fields: [...REQUIRED_METADATA] },
  },
  check(ctx) {
    const { doc } = ctx;
    // A missing Metadata section is structure/required-sections' finding, not this rule's.
    const section = findTemplateSection(doc, 'Metadata');
    if (!section) return;
    const table = metadataTable(doc);
    if (!table) {
      ctx.report({ messageId: 'missingTable', data: { section: section.title }, at: { line: section.line, column: section.column } });
      return;
    }
    for (const field of ctx.options.fields) {
      const entry = metadataField(doc, field);
      if (!entry) {
        ctx.report({ messageId: 'missingField', data: { field }, at: { line: table.line, column: table.column } });
      } else if (isBlank(entry.value?.text)) {
        const cell = entry.value ?? entry.keyCell;
        ctx.report({ messageId: 'emptyField', data: { field: entry.key }, at: { line: cell.line, column: entry.value ? cell.column : cell.endColumn } });
      }
    }
  },
};
