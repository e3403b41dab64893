import { hasStatus, type Rule } from '@design-check/core';
import type { ControlName } from '../controls.js';
import { appliesTo, threatModelOf } from '../model.js';
import { at, reportedElsewhere, threatName, NO_OPTIONS } from '../util.js';

/** How a mitigation names each control. */
const NAMES: Record<ControlName, RegExp> = {
  Authentication: /\bauthenticat\w*|\bauthn\b/i,
  Authorization: /\bauthori[sz]\w*|\bauthz\b|\baccess control\b/i,
  'Input validation': /\binput validation\b|\bvalidat(?:e|ed|es|ion|ing)\b/i,
  'Data encryption': /\bencrypt\w*/i,
  'Audit logging': /\baudit\w*/i,
  'Rate limiting': /\brate[- ]?limit\w*|\bthrottl\w*/i,
};

/** A threat's mitigation relies on a control that the Security Controls leave unticked. */
export const mitigationControl: Rule<Record<string, never>, 'unticked' | 'controlHere'> = {
  name: 'mitigation-control',
  meta: {
    description: 'Warn when a threat is mitigated by a control that the Security Controls leave unticked.',
    messages: {
      unticked: 'Unexpected mitigation of threat "{{threat}}" by {{control}}, which Security Controls leave unticked; expected the control in place and ticked, or another mitigation',
      controlHere: '{{control}} is unticked here',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    // In an approved design, structure/approved-complete reports the unticked control itself.
    if (hasStatus(ctx.doc, 'approved') && reportedElsewhere(ctx, 'structure/approved-complete')) return;
    // A list with nothing ticked is not in use yet (a plan): then no single control stands out.
    if (!model.controls.some((c) => c.checked === true)) return;
    const unticked = model.controls.filter((c) => c.control && c.checked === false && !c.struck);
    for (const t of model.threats) {
      if (!t.mitigation || t.notApplicable) continue;
      for (const item of unticked) {
        if (!NAMES[item.control!].test(t.mitigation.text)) continue;
        ctx.report({
          messageId: 'unticked',
          data: { threat: threatName(t), control: item.control },
          at: at(t.mitigation, t.row),
          related: [{ messageId: 'controlHere', data: { control: item.control }, at: { line: item.at.line, column: item.at.column } }],
        });
      }
    }
  },
};
