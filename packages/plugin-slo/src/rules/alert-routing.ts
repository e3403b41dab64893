import type { Rule } from '@design-check/core';
import { isEmpty, isLeftover } from '../cells.js';
import { has, sloModel } from '../model.js';

/** Every alert says where it goes. */
export const alertRouting: Rule<Record<string, never>, 'missing' | 'noColumn'> = {
  name: 'alert-routing',
  meta: {
    description: 'Require every alert in the Alerting Plan to have a routing (who is paged or notified).',
    messages: {
      missing: "Write the routing of alert '{{alert}}': who is paged or notified (on-call paging, team channel)",
      noColumn: 'Add a Routing column to the Alerting Plan: who is paged or notified for each alert',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('alerts'),
  },
  check(ctx) {
    const reported = new Set<unknown>();
    for (const a of sloModel(ctx.doc).alerts) {
      if (!a.columns.has('routing')) {
        // No Routing column, unless the Severity says where it goes (`P1 → page`).
        if (reported.has(a.table) || /→|->|\bpag(?:e|ing)\b|\bslack\b|\bchannel\b|\bticket\b/i.test(a.severity?.text ?? '')) continue;
        reported.add(a.table);
        ctx.report({ messageId: 'noColumn', at: a.table.header[a.table.header.length - 1] });
        continue;
      }
      if (isLeftover(a.routing) || !isEmpty(a.routing)) continue;
      const at = a.routing ?? a.row.cells[a.row.cells.length - 1];
      ctx.report({ messageId: 'missing', data: { alert: a.alert?.text || a.condition?.text || '' }, at });
    }
  },
};
