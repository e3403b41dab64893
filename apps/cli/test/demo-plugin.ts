import { metadataField, type Plugin } from '@design-check/core';

/** A small plugin for CLI tests: checks the Status cell and warns on TODO lines. */
export const demo: Plugin = {
  name: 'demo',
  rules: [
    {
      name: 'status',
      meta: { description: 'Status is draft or approved', messages: { bad: 'Unexpected status "{{v}}", expected draft or approved' } },
      check(ctx) {
        const cell = metadataField(ctx.doc, 'Status')?.value;
        if (cell && !['draft', 'approved'].includes(cell.text)) ctx.report({ messageId: 'bad', data: { v: cell.text }, at: cell });
      },
    },
    {
      name: 'todo',
      meta: { description: 'No TODO', messages: { todo: 'Unexpected TODO; finish the sentence' } },
      check(ctx) {
        ctx.doc.lines.forEach((l, i) => {
          const c = l.indexOf('TODO');
          if (c >= 0) ctx.report({ messageId: 'todo', at: { line: i + 1, column: c + 1 } });
        });
      },
    },
  ],
  configs: { recommended: { 'demo/status': 'error', 'demo/todo': 'warn' }, strict: {} },
};

export const DESIGN = `# Technical Design: Demo

## Metadata

| Field | Value |
|-------|-------|
| **Status** | finished-ish |

## Context & Goals

TODO explain.

## Open Questions

None.
`;
