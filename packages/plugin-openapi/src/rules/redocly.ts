import type { Rule } from '@design-check/core';
import { redoclyResult } from '../engines/redocly.js';
import { ENGINE_MESSAGES, reportEngine, type EngineMessageId } from '../engines/report.js';
import { appliesTo, modelOf } from '../model.js';

/** Redocly's recommended rules over the merged fragments; each finding keeps `redocly:<rule>` as source. */
export const redocly: Rule<undefined, EngineMessageId> = {
  name: 'redocly',
  meta: {
    description: "Report what Redocly's recommended rules (or the project's redocly.yaml) find in the merged OpenAPI fragments.",
    messages: ENGINE_MESSAGES,
    appliesTo,
  },
  async check(ctx) {
    const model = modelOf(ctx);
    if (model.usable.length === 0) return;
    const result = await redoclyResult(model, ctx);
    reportEngine(ctx, 'Redocly', model, result);
  },
};
