import type { Plugin, Rule } from '@design-check/core';
import { yamlSyntax } from './rules/yaml-syntax.js';
import { fragmentConflict } from './rules/fragment-conflict.js';
import { redocly } from './rules/redocly.js';
import { spectral } from './rules/spectral.js';
import { externalRef } from './rules/external-ref.js';
import { operationIdUnique } from './rules/operation-id-unique.js';
import { pathParamsDeclared } from './rules/path-params-declared.js';
import { unresolvedRef } from './rules/unresolved-ref.js';
import { responseDescription } from './rules/response-description.js';

/** Every rule of the plugin, in the order they run. */
export const rules: Rule[] = [
  yamlSyntax,
  fragmentConflict,
  externalRef,
  unresolvedRef,
  operationIdUnique,
  pathParamsDeclared,
  responseDescription,
  redocly,
  spectral,
];

/** The OpenAPI plugin: fragments merged per document, checked by own rules, Redocly and Spectral. */
export const openapi: Plugin = {
  name: 'openapi',
  rules,
  configs: {
    recommended: {
      // A fragment that does not parse cannot be checked at all.
      'openapi/yaml-syntax': 'error',
      // Two fragments that disagree leave the contract ambiguous.
      'openapi/fragment-conflict': 'error',
      // Remote and out-of-project refs are untrusted and never followed.
      'openapi/external-ref': 'error',
      // A dangling $ref is a contract nobody can implement.
      'openapi/unresolved-ref': 'error',
      // Generated clients and docs key operations by operationId.
      'openapi/operation-id-unique': 'error',
      // An undeclared path parameter breaks every generator.
      'openapi/path-params-declared': 'error',
      // OpenAPI requires a description on every response.
      'openapi/response-description': 'error',
      // Redocly's recommended rules; each finding keeps the engine's own severity.
      'openapi/redocly': 'error',
      // Spectral's spectral:oas; each finding keeps the engine's own severity.
      'openapi/spectral': 'error',
    },
    strict: {
      // In strict mode a $ref to a file is reported too: a design should be self-contained.
      'openapi/external-ref': ['error', { allowFilesInProject: false }],
    },
  },
};

export default openapi;
export { openApiModel, type OpenApiModel } from './fragments/model.js';
export { findFragments, mayHaveFragments, DEFAULT_LIMITS, type Fragment, type Limits } from './fragments/parse.js';
export type { JsonPath } from './fragments/merge.js';
export { yamlSyntax, fragmentConflict, redocly, spectral, externalRef, operationIdUnique, pathParamsDeclared, unresolvedRef, responseDescription };
