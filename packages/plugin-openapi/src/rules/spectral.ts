import type { Rule } from '@design-check/core';
import { redoclyResult } from '../engines/redocly.js';
import { spectralResult } from '../engines/spectral.js';
import { redoclyEquivalents } from '../engines/filters.js';
import { enabled, ENGINE_MESSAGES, ownedElsewhere, reportEngine, type EngineMessageId } from '../engines/report.js';
import { appliesTo, modelOf } from './context.js';

/**
 * Spectral's `spectral:oas` over the merged fragments; each finding keeps `spectral:<code>`
 * as source. A problem that Redocly reports on the same line is reported once, by Redocly.
 */
export const spectral: Rule<undefined, EngineMessageId> = {
  name: 'spectral',
  meta: {
    description: 'Lint the merged OpenAPI fragments with Spectral (spectral:oas, or the project\'s .spectral.yaml).',
    messages: ENGINE_MESSAGES,
    appliesTo,
  },
  async check(ctx) {
    const model = modelOf(ctx);
    if (model.usable.length === 0) return;
    const result = await spectralResult(model, ctx);
    const byRedocly = new Set<string>();
    if (enabled(ctx, 'openapi/redocly')) {
      const other = await redoclyResult(model, ctx).catch(() => undefined);
      for (const f of other?.findings ?? []) {
        if (enabled(ctx, f.source) && !ownedElsewhere(ctx, model, f)) byRedocly.add(`${f.code}|${model.locate(f.path).line}`);
      }
    }
    reportEngine(ctx, 'Spectral', model, result, (f, line) => redoclyEquivalents(f.code).some((code) => byRedocly.has(`${code}|${line}`)));
  },
};
