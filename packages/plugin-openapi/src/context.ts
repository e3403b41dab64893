import type { RuleContext } from '@design-check/core';
import { mayHaveFragments } from './fragments/parse.js';
import { openApiModel, type OpenApiModel } from './fragments/model.js';

/** The shared OpenAPI model of the document a rule is checking. */
export function modelOf(ctx: RuleContext<unknown, string>): OpenApiModel {
  return openApiModel(ctx.doc, ctx.settings);
}

/** `appliesTo` of every openapi rule: only documents that may hold a fragment. */
export const appliesTo = mayHaveFragments;
