import { mayHaveFragments, openApiModelOf } from '@design-check/openapi-model';

/** The shared OpenAPI model of the document a rule is checking (built once per document). */
export const modelOf = openApiModelOf;

/** `appliesTo` of every openapi rule: only documents that may hold a fragment. */
export const appliesTo = mayHaveFragments;
