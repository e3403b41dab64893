import { pathKey } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { redoclyResult } from '../engines/redocly.js';
import { spectralResult } from '../engines/spectral.js';
import { redoclyEquivalents } from '../engines/filters.js';
import { enabled, ENGINE_MESSAGES, ownedElsewhere, placeOf, reportEngine, type EngineMessageId } from '../engines/report.js';
import { appliesTo, modelOf } from '../model.js';

/**
 * Spectral's `spectral:oas` over the merged fragments; each finding keeps `spectral:<code>`
 * as source. A problem that Redocly reports on the same line is reported once, by Redocly;
 * so is an OpenAPI 3.1 "unevaluated properties" finding whose property Redocly names, and
 * Spectral's schema finding of a path parameter without `required` that `path-params` words.
 */
export const spectral: Rule<undefined, EngineMessageId> = {
  name: 'spectral',
  meta: {
    description: "Report what Spectral's spectral:oas ruleset (or the project's .spectral.yaml) finds in the merged OpenAPI fragments.",
    messages: ENGINE_MESSAGES,
    appliesTo,
  },
  async check(ctx) {
    const model = modelOf(ctx);
    if (model.usable.length === 0) return;
    const result = await spectralResult(model, ctx);
    const byRedocly = new Set<string>();
    // Lines of objects with a property that Redocly reports as not expected (`redocly:struct`).
    const unexpectedIn = new Set<string>();
    if (enabled(ctx, 'openapi/redocly')) {
      const other = await redoclyResult(model, ctx).catch(() => undefined);
      for (const f of other?.findings ?? []) {
        if (!enabled(ctx, f.source) || ownedElsewhere(ctx, model, f)) continue;
        byRedocly.add(`${f.code}|${placeOf(model, f).key}`);
        if (!f.file && f.code === 'struct' && /is not expected here/.test(f.message) && f.path.length > 0) unexpectedIn.add(String(model.locate(f.path.slice(0, -1)).line));
      }
    }
    // Paths where spectral:path-params already says that a path parameter needs `required: true`.
    const requiredSaid = new Set<string>();
    if (enabled(ctx, 'spectral:path-params')) {
      for (const f of result.findings) if (f.code === 'path-params' && /"required"/.test(f.message)) requiredSaid.add(pathKey(f.path));
    }
    reportEngine(ctx, 'Spectral', model, result, (f, key) => {
      if (redoclyEquivalents(f.code).some((code) => byRedocly.has(`${code}|${key}`))) return true;
      if (f.code !== 'oas3-schema') return false;
      // OpenAPI 3.1: Spectral says only that "x" has unevaluated properties, on the object;
      // Redocly names the property, on its own line.
      if (/must not have unevaluated properties/.test(f.message) && unexpectedIn.has(key)) return true;
      return /must have required property "required"/.test(f.message) && requiredSaid.has(pathKey(f.path));
    });
  },
};
