import { definePlugin, type Plugin, type Rule, type SourceIds } from '@design-check/core';
import { mayHaveOpenApiText } from '@design-check/openapi-model';
import { warmRedocly } from './engines/redocly.js';
import { warmSpectral } from './engines/spectral.js';
import { REDOCLY_RULE_IDS, SPECTRAL_RULE_IDS } from './engines/rule-ids.js';
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

/** The engine ids that `openapi/redocly` and `openapi/spectral` report, from the engines' rule tables. */
export const sources: SourceIds[] = [
  { prefix: 'redocly', engine: 'Redocly', ids: [...REDOCLY_RULE_IDS, 'spec-version'], pattern: /^(?:rule|assert)\// },
  { prefix: 'spectral', engine: 'Spectral', ids: SPECTRAL_RULE_IDS, hint: "a rule that the project's .spectral.yaml defines is set there" },
];

/** The OpenAPI plugin: fragments merged per document, checked by own rules, Redocly and Spectral. */
export const openapi: Plugin = definePlugin({
  name: 'openapi',
  rules,
  sources,
  engines: [
    { name: 'redocly', usedBy: ['openapi/redocly'], neededBy: mayHaveOpenApiText, load: warmRedocly },
    { name: 'spectral', usedBy: ['openapi/spectral'], neededBy: mayHaveOpenApiText, load: warmSpectral },
  ],
  recommended: {
    'openapi/yaml-syntax': { level: 'error', why: 'A fragment that does not parse cannot be checked at all.' },
    'openapi/fragment-conflict': { level: 'error', why: 'Two fragments that disagree leave the contract ambiguous.' },
    'openapi/external-ref': { level: 'error', why: 'Remote and out-of-project refs are untrusted and never followed.' },
    'openapi/unresolved-ref': { level: 'error', why: 'A dangling $ref is a contract nobody can implement.' },
    'openapi/operation-id-unique': { level: 'error', why: 'Generated clients and docs key operations by operationId.' },
    'openapi/path-params-declared': { level: 'error', why: 'An undeclared path parameter breaks every generator.' },
    'openapi/response-description': { level: 'error', why: 'OpenAPI requires a description on every response.' },
    'openapi/redocly': { level: 'error', why: "Redocly's recommended rules; each finding keeps the engine's own severity." },
    'openapi/spectral': { level: 'error', why: "Spectral's spectral:oas; each finding keeps the engine's own severity." },
    // Engine rules judged for design documents (the project's redocly.yaml or .spectral.yaml still wins).
    'redocly:struct': { level: 'error', why: 'A description that breaks the OpenAPI schema cannot be implemented or generated from.' },
    'spectral:oas3-schema': { level: 'error', why: 'The same check as redocly:struct, when Spectral is the one that reports it.' },
    'redocly:operation-summary': { level: 'warn', why: 'A summary helps the generated docs, but an internal endpoint without one is still a complete contract.' },
    'redocly:no-path-trailing-slash': { level: 'warn', why: "A trailing slash is a convention to settle, not a broken contract (Spectral's path-keys-no-trailing-slash warns too)." },
    'redocly:no-server-trailing-slash': { level: 'warn', why: 'Server URLs in a design are illustrations; the deployed ones are configured elsewhere.' },
    'spectral:oas3-valid-media-example': { level: 'warn', why: 'Redocly warns about the same example; the severity should not depend on which engine reports it.' },
    'spectral:oas3-valid-schema-example': { level: 'warn', why: 'Redocly warns about the same example; the severity should not depend on which engine reports it.' },
    'spectral:openapi-tags-uniqueness': { level: 'warn', why: 'A tag listed twice is untidy, not ambiguous; Redocly warns about it too.' },
    'spectral:no-$ref-siblings': { level: 'warn', why: 'Redocly warns about the same sibling; often a harmless description beside a $ref.' },
  },
  strict: {
    'openapi/external-ref': { level: ['error', { allowFilesInProject: false }], why: 'A design should be self-contained: a $ref to a file is reported too.' },
    'redocly:operation-summary': { level: 'error', why: 'A finished design gives every operation the summary that its generated docs show.' },
  },
});

export default openapi;
export { yamlSyntax, fragmentConflict, redocly, spectral, externalRef, operationIdUnique, pathParamsDeclared, unresolvedRef, responseDescription };
