export type { JsonPath } from './types.js';
export { openApiModel, openApiModelOf, limitsOf, type OpenApiModel } from './model.js';
export {
  DEFAULT_LIMITS,
  fenceLang,
  findFragments,
  looksLikeOpenApi,
  mayHaveFragments,
  parseFragments,
  type Fragment,
  type FragmentProblem,
  type Limits,
  type ProblemKind,
} from './parse.js';
export { METHODS, deepEqual, isObj, mergeFragments, ownerIn, pathKey, type Conflict, type Merged, type Owner } from './merge.js';
export { followRefs, getAt, locateInFragment, locateTextIn, parsePointer, walkYaml } from './locate.js';
export { inLiteral, isLiteral, nearestName, refCycles, refKind, refSites, toPointer, unresolved, type RefCycle, type RefSite, type Unresolved } from './refs.js';
export { describeOperation, operations, responses, type OperationSite, type ResponseSite } from './operations.js';
