import { normalizeName, type Rule } from '@design-check/core';
import { appliesTo, threatModelOf, type ThreatRow } from '../model.js';
import { at, emptiness, leftToStructure, threatName, NO_OPTIONS, missingTable, leftToEmptySections } from '../util.js';

type MessageId = 'noTable' | 'missingColumn' | 'emptyThreat' | 'duplicate' | 'firstThreat';

const EXPECTED = 'Threat, Category, Likelihood, Impact and Mitigation';

/** The Threat Analysis table exists, has its columns, names every threat, and names each once. */
export const threatsTable: Rule<Record<string, never>, MessageId> = {
  name: 'threats-table',
  meta: {
    description: 'Require a Threat Analysis table with Threat, Category, Likelihood, Impact and Mitigation columns and no duplicate threats.',
    messages: {
      noTable: `Missing Threat Analysis table in "{{section}}"; add a table with the columns ${EXPECTED}`,
      missingColumn: `Missing column "{{column}}" in the Threat Analysis table, expected the columns ${EXPECTED}`,
      emptyThreat: 'Missing threat in this row of the Threat Analysis; describe what an attacker could do',
      duplicate: 'Unexpected duplicate threat "{{threat}}", expected each threat once (first on line {{firstLine}}); merge the rows and list both categories',
      firstThreat: 'The threat is first listed here',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    if (model.notApplicable) return;
    if (!model.threatTables.length) {
      if (!leftToEmptySections(ctx, model.threatsSection)) ctx.report({ messageId: 'noTable', ...missingTable(model.threatsSection, model.section!) });
      return;
    }
    for (const { table, columns: c } of model.threatTables) {
      const missing: string[] = [];
      if (c.threat < 0) missing.push('Threat');
      if (c.category < 0) missing.push('Category');
      // A single Risk rating stands for both Likelihood and Impact.
      if (c.likelihood < 0 && (c.risk < 0 || c.impact >= 0)) missing.push('Likelihood');
      if (c.impact < 0 && (c.risk < 0 || c.likelihood >= 0)) missing.push('Impact');
      if (c.mitigation < 0) missing.push('Mitigation');
      for (const column of missing) ctx.report({ messageId: 'missingColumn', data: { column }, at: { line: table.line, column: table.column } });
    }
    const seen = new Map<string, ThreatRow>();
    for (const t of model.threats) {
      if (t.table.columns.threat < 0 || t.notApplicable) continue;
      const why = emptiness(t.threat);
      if (why) {
        if (!leftToStructure(ctx, why)) ctx.report({ messageId: 'emptyThreat', at: at(t.threat, t.row) });
        continue;
      }
      const key = normalizeName(t.threat!.text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, t);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        data: { threat: threatName(t), firstLine: first.threat!.line },
        at: at(t.threat, t.row),
        related: [{ messageId: 'firstThreat', at: at(first.threat, first.row) }],
      });
    }
  },
};
