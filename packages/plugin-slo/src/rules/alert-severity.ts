import { closestName, type Rule } from '@design-check/core';
import { isEmpty, isLeftover } from '../cells.js';
import { has, sloModel } from '../model.js';

/** Options of `slo/alert-severity`. */
export interface AlertSeverityOptions {
  /** The severities an alert may have (case-insensitive). */
  severities: string[];
}

/** Every alert has a severity from the list. */
export const alertSeverity: Rule<AlertSeverityOptions, 'missing' | 'noColumn' | 'unknown' | 'unknownDidYouMean'> = {
  name: 'alert-severity',
  meta: {
    description: 'Require every alert in the Alerting Plan to have a severity from the list (P1 to P4 by default).',
    messages: {
      missing: "Write the severity of alert '{{alert}}': one of {{expected}}",
      noColumn: 'Add a Severity column to the Alerting Plan: one of {{expected}} for each alert',
      unknown: "Unexpected severity '{{severity}}' for alert '{{alert}}', expected one of {{expected}}",
      unknownDidYouMean: "Unexpected severity '{{severity}}' for alert '{{alert}}', expected one of {{expected}}; did you mean '{{suggestion}}'?",
    },
    schema: {
      type: 'object',
      properties: { severities: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { severities: ['P1', 'P2', 'P3', 'P4'] },
    appliesTo: has('alerts'),
  },
  check(ctx) {
    const { severities } = ctx.options;
    const expected = severities.join(', ');
    const known = severities.map((s) => s.toLowerCase());
    const reported = new Set<unknown>();
    for (const a of sloModel(ctx.doc).alerts) {
      const alert = a.alert?.text || a.condition?.text || '';
      if (!a.columns.has('severity')) {
        if (!reported.has(a.table)) ctx.report({ messageId: 'noColumn', data: { expected }, at: a.table.header[a.table.header.length - 1] });
        reported.add(a.table);
        continue;
      }
      if (!a.severity || isLeftover(a.severity)) continue;
      if (isEmpty(a.severity)) {
        ctx.report({ messageId: 'missing', data: { alert, expected }, at: a.severity });
        continue;
      }
      // `P1`, `**P2** (page)`, `🔴 P1`, `P3 / ticket`: the first word that is a severity counts.
      const words = a.severity.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
      if (words.some((w) => known.includes(w))) continue;
      const severity = a.severity.text;
      const suggestion = closestName(words[0] ?? '', severities.map((s) => s.toLowerCase()), 1);
      const shown = suggestion ? severities[known.indexOf(suggestion)] : undefined;
      ctx.report({ messageId: shown ? 'unknownDidYouMean' : 'unknown', data: { severity, alert, expected, ...(shown ? { suggestion: shown } : {}) }, at: a.severity });
    }
  },
};
