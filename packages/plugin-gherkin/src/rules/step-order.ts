import type { Rule } from '@design-check/core';
import { gherkinModel, hasGherkin } from '../model.js';

/** A Given (or an And/But continuing one) after the scenario's first When or Then. */
export const stepOrder: Rule<undefined, 'givenLate'> = {
  name: 'step-order',
  meta: {
    description: 'Require the Given steps of a scenario to come before its first When.',
    messages: {
      givenLate: "Unexpected Given step after the {{after}} on line {{afterLine}}, expected every Given (the context) before the first When",
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    const model = await gherkinModel(ctx.doc);
    for (const s of model.scenarios) {
      if (s.background) continue;
      const acted = s.steps.find((st) => st.kind === 'when' || st.kind === 'then');
      if (!acted) continue;
      for (const st of s.steps.slice(s.steps.indexOf(acted) + 1)) {
        if (st.ownKind === 'given') ctx.report({ messageId: 'givenLate', data: { after: acted.kind === 'when' ? 'When' : 'Then', afterLine: acted.at.line }, at: st.at });
      }
    }
  },
};
