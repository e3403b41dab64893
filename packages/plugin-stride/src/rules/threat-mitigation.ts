import type { Rule } from '@design-check/core';
import { isTemplatePlaceholder, mitigationKind } from '../mitigation.js';
import { appliesTo, threatModelOf } from '../model.js';
import { at, excerpt, leftToStructure, reportedElsewhere, threatName, NO_OPTIONS } from '../util.js';

/** Every threat has a mitigation that says how the threat is countered. */
export const threatMitigation: Rule<Record<string, never>, 'missing' | 'placeholder'> = {
  name: 'threat-mitigation',
  meta: {
    description: 'Require every threat to have a mitigation, not a blank, TBD, TODO, "-" or "n/a".',
    messages: {
      missing: 'Missing mitigation of threat "{{threat}}"; say how the threat is countered, or accept the risk and name who accepted it',
      placeholder: 'Unexpected mitigation "{{value}}" of threat "{{threat}}", expected how the threat is countered, or an accepted risk with its owner',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    for (const t of threatModelOf(ctx.doc).threats) {
      if (t.table.columns.mitigation < 0 || t.notApplicable) continue;
      const cell = t.mitigation;
      const kind = mitigationKind(cell);
      if (kind === 'blank') {
        if (!leftToStructure(ctx, cell ? 'blank' : 'missing')) ctx.report({ messageId: 'missing', data: { threat: threatName(t) }, at: at(cell, t.row) });
      } else if (kind === 'placeholder') {
        // TBD, TODO and the template's `_(…)_` are reported by structure/no-placeholders when it is on.
        if (isTemplatePlaceholder(cell!) && reportedElsewhere(ctx, 'structure/no-placeholders')) continue;
        ctx.report({ messageId: 'placeholder', data: { value: excerpt(cell!.text), threat: threatName(t) }, at: at(cell, t.row) });
      }
    }
  },
};
