import { isPlaceholder, type Rule } from '@design-check/core';
import { behaviorModel, hasBehaviors } from '../model.js';

type MessageId = 'missing' | 'malformed' | 'misplaced' | 'statedHere';

/** A behaviour that does not say which acceptance criterion it specifies, or says it in a form nobody can check. */
export const relatesTo: Rule<undefined, MessageId> = {
  name: 'relates-to',
  meta: {
    description: 'Require every behaviour to state the Outcome Contract acceptance criteria it relates to, before its scenarios.',
    messages: {
      missing: "Unexpected behaviour '{{title}}' without a Relates to line, expected '**Relates to:** Outcome Contract acceptance criterion #N' before its scenarios",
      malformed: "Unexpected criterion '{{token}}' in the Relates to line of '{{title}}', expected criterion numbers such as #2, '#1, #3' or '#1–#3'",
      misplaced: "Unexpected Relates to line of '{{title}}' below its first scenario (line {{line}}), expected it before the scenarios",
      statedHere: 'The Relates to line is here',
    },
    appliesTo: hasBehaviors,
  },
  check(ctx) {
    for (const b of behaviorModel(ctx.doc)) {
      const title = b.section.title;
      const r = b.relatesTo;
      // Template placeholders (`Behavior 2: [Name]`, `#N`) are structure/no-placeholders' findings.
      if (isPlaceholder(title.replace(/^.*?behaviou?r\s*\d*\s*[:.–—-]?\s*/i, '')) || r?.bad?.token === '#N') continue;
      if (!r) {
        ctx.report({ messageId: 'missing', data: { title }, at: b.at });
      } else if (r.bad) {
        ctx.report({ messageId: 'malformed', data: { title, token: r.bad.token }, at: b.at, related: [{ messageId: 'statedHere', at: r.bad.at }] });
      } else if (b.misplaced) {
        ctx.report({ messageId: 'misplaced', data: { title, line: b.firstBlock!.line }, at: b.at, related: [{ messageId: 'statedHere', at: r.at }] });
      }
    }
  },
};
