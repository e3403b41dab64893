import type { Rule } from '@design-check/core';
import { mentions, words } from '../mentions.js';
import { appliesTo, threatModelOf } from '../model.js';
import { at, emptiness, excerpt, NO_OPTIONS } from '../util.js';

/** Every asset at risk is named by at least one threat. */
export const assetCoverage: Rule<Record<string, never>, 'uncovered'> = {
  name: 'asset-coverage',
  meta: {
    description: 'Warn when an asset at risk is named by no threat of the Threat Analysis.',
    messages: {
      uncovered: 'Unexpected asset "{{asset}}" that no threat names, expected at least one threat against it in the Threat Analysis (or remove the asset)',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    const threats = model.threats.filter((t) => !t.notApplicable);
    if (!threats.length) return;
    // What the threats are against: their Threat text, and their Asset or Target column when the
    // table has one. An asset is named when a word of its name is in any of them.
    const named = new Set(threats.flatMap((t) => words(`${t.threat?.text ?? ''} ${t.asset?.text ?? ''}`)));
    for (const a of model.assets) {
      if (!a.asset || emptiness(a.asset)) continue;
      if (mentions(named, a.asset.text)) continue;
      ctx.report({ messageId: 'uncovered', data: { asset: excerpt(a.asset.text) }, at: at(a.asset, a.row) });
    }
  },
};
