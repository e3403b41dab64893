import type { Rule } from '@design-check/core';
import { behaviorModel, contractModel, hasBehaviors } from '../model.js';

/**
 * A Relates-to number that the linked Outcome Contract does not have. A contract path written as
 * text that leaves the project root is reported here (a link is `structure/local-links`'s).
 */
export const criterionExists: Rule<undefined, 'unknown' | 'outside' | 'unparsable'> = {
  name: 'criterion-exists',
  meta: {
    description: 'Require every criterion number of a Relates to line to exist in the Outcome Contract that the Metadata links to.',
    messages: {
      unknown: 'Unexpected acceptance criterion #{{n}}: {{file}} has criteria {{known}}, expected one of them',
      outside: "Unexpected Outcome contract '{{file}}' outside the project root, expected a file inside the project: design-check does not read it, so no criterion number can be checked",
      unparsable: "Unexpected Outcome contract '{{file}}' that cannot be parsed within design-check's bounds (quotes and lists nested too deep, or a parse past its time budget), expected plain markdown: no criterion number can be checked against it",
    },
    appliesTo: hasBehaviors,
  },
  async check(ctx) {
    const contract = await contractModel(ctx.doc, ctx.projectRoot);
    if (contract?.state === 'outside' && !contract.linked) ctx.report({ messageId: 'outside', data: { file: contract.href }, at: contract.at });
    if (contract?.state === 'unparsable') ctx.report({ messageId: 'unparsable', data: { file: contract.href }, at: contract.at });
    // Only a contract that was read, and numbers its criteria, can say a number does not exist.
    if (contract?.state !== 'read' || contract.criteria.size === 0) return;
    const known = [...contract.criteria.keys()].sort((a, b) => a - b).map((n) => `#${n}`).join(', ');
    for (const b of behaviorModel(ctx.doc)) {
      for (const ref of b.relatesTo?.refs ?? []) {
        if (!contract.criteria.has(ref.n)) ctx.report({ messageId: 'unknown', data: { n: ref.n, file: contract.href, known }, at: ref.at });
      }
    }
  },
};
