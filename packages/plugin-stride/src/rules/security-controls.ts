import { hasStatus, isBlank, isPlaceholder, specName, SECTION, type Rule } from '@design-check/core';
import { CONTROLS, misnamedControl, type ControlName } from '../controls.js';
import { appliesTo, threatModelOf } from '../model.js';
import { excerpt, leftToEmptySections, reportedElsewhere } from '../util.js';

/** Options of `stride/security-controls`. */
export interface SecurityControlsOptions {
  /** The controls that every design addresses (the template's six by default). */
  controls: ControlName[];
}

type MessageId = 'noControls' | 'missing' | 'misnamed' | 'noDescription' | 'unticked';

/** The six controls of the template are listed, described, and ticked once the design is approved. */
export const securityControls: Rule<SecurityControlsOptions, MessageId> = {
  name: 'security-controls',
  meta: {
    description: 'Require the Security Controls of the template, each with a description, and ticked once Status is approved.',
    messages: {
      noControls: 'Missing Security Controls in "{{section}}"; add the checklist of the controls {{controls}}',
      missing: 'Missing security control "{{control}}"; add "- [ ] {{control}}: …" saying how it is done, or "N/A" and why',
      misnamed: 'Unexpected control name "{{label}}", expected "{{control}}"',
      noDescription: 'Missing description of the {{control}} control; say how it is done, or "N/A" and why',
      unticked: 'Unexpected unticked control "{{control}}": Status is approved, expected every control ticked',
    },
    schema: {
      type: 'object',
      properties: { controls: { type: 'array', items: { enum: [...CONTROLS] }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { controls: [...CONTROLS] },
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    const wanted = ctx.options.controls;
    if (model.notApplicable || !wanted.length) return;
    const items = model.controls;
    if (!items.length) {
      if (leftToEmptySections(ctx, model.controlsSection)) return;
      const where = model.controlsSection ?? model.section!;
      ctx.report({ messageId: 'noControls', data: { section: where.title || specName(SECTION.securityThreatModel), controls: wanted.join(', ') }, at: { line: where.line, column: where.column } });
      return;
    }
    // A missing control is reported where it belongs: at the next control of the template's order.
    const placeOf = (control: ControlName) => {
      const later = CONTROLS.slice(CONTROLS.indexOf(control) + 1);
      return (items.find((i) => i.control && later.includes(i.control)) ?? items[items.length - 1]).at;
    };
    for (const control of wanted) {
      if (items.some((i) => i.control === control)) continue;
      const near = items.find((i) => !i.control && misnamedControl(i.label) === control);
      if (near) ctx.report({ messageId: 'misnamed', data: { label: excerpt(near.label), control }, at: { line: near.at.line, column: near.at.column } });
      else ctx.report({ messageId: 'missing', data: { control }, at: { line: placeOf(control).line, column: placeOf(control).column } });
    }
    // Unticked items of an approved design are structure/approved-complete's, when it is on.
    const ticks = hasStatus(ctx.doc, 'approved') && !reportedElsewhere(ctx, 'structure/approved-complete');
    for (const item of items) {
      if (!item.control || !wanted.includes(item.control) || item.struck) continue;
      // A placeholder (`_(describe limits)_`, TBD) is structure/no-placeholders', when it is on.
      const placeholder = isPlaceholder(item.rawDescription) || /^\(.*\)$/s.test(item.description);
      const empty = isBlank(item.description) || (placeholder && !reportedElsewhere(ctx, 'structure/no-placeholders'));
      if (empty) ctx.report({ messageId: 'noDescription', data: { control: item.control }, at: { line: item.at.line, column: item.at.column } });
      if (ticks && item.checked === false) ctx.report({ messageId: 'unticked', data: { control: item.control }, at: { line: item.at.line, column: item.at.column } });
    }
  },
};
