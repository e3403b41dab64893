export type { JsonPath } from './types.js';
export { openApiModel, openApiModelOf, bundledOf, limitsOf, type OpenApiModel } from './model.js';
export { fileTarget, lineColumn, loadExternals, nearestFile, positionIn, readExternal, valueAt, MAX_EXTERNAL_FILES, type ExternalFile, type ExternalProblemKind } from './external.js';
export { bundle, regionOf, type Bundled, type Region } from './bundle.js';
export {
  DEFAULT_LIMITS,
  fenceLang,
  isExcluded,
  findFragments,
  looksLikeOpenApi,
  mayHaveFragments,
  mayHaveOpenApiText,
  parseFragments,
  isStackOverflow,
  tooDeepAt,
  type Fragment,
  type FragmentProblem,
  type Limits,
  type ProblemKind,
} from './parse.js';
export { METHODS, deepEqual, isObj, mergeFragments, ownerIn, pathKey, type Conflict, type Merged, type Owner } from './merge.js';
export { followRefs, getAt, locateInFragment, locateTextIn, parsePointer, walkYaml } from './locate.js';
export { inLiteral, isLiteral, nearestName, refCycles, refKind, refSites, refsIn, siteOf, toPointer, unresolved, type RefCycle, type RefSite, type Unresolved } from './refs.js';
export { describeOperation, operations, responses, type OperationSite, type ResponseSite } from './operations.js';
