import { definePlugin, type Plugin, type Rule } from '@design-check/core';
import { syntax } from './rules/syntax.js';
import { knownTypes } from './rules/known-types.js';
import { uniqueDefinitions } from './rules/unique-definitions.js';
import { interfacesImplemented } from './rules/interfaces-implemented.js';
import { schemaValid } from './rules/schema-valid.js';
import { matchesTypescript } from './rules/matches-typescript.js';

/** Every rule of the plugin, in the order they run. */
export const rules: Rule[] = [syntax, knownTypes, uniqueDefinitions, interfacesImplemented, schemaValid, matchesTypescript];

/** The GraphQL plugin: the schema fragments of a design read as one schema with graphql-js, held against the shared types. */
export const graphql: Plugin = definePlugin({
  name: 'graphql',
  rules,
  recommended: {
    'graphql/syntax': { level: 'error', why: 'A block that does not parse defines nothing that clients can query.' },
    'graphql/known-types': { level: 'error', why: 'A field of an undefined type is a contract nobody can implement.' },
    'graphql/unique-definitions': { level: 'error', why: 'Two definitions of one type leave the schema ambiguous; servers refuse to start.' },
    'graphql/interfaces-implemented': { level: 'error', why: 'A type that misses an interface field breaks every query on the interface.' },
    'graphql/schema-valid': { level: 'error', why: 'graphql-js refuses to build a schema with these errors.' },
    'graphql/matches-typescript': { level: 'error', why: 'A shared type that disagrees with the GraphQL type splits client and server.' },
  },
});

export default graphql;
export { graphqlModelOf, graphqlBlocks, hasGraphql } from './model.js';
export type { GraphqlError, GraphqlField, GraphqlModel, GraphqlType } from './types.js';
export { syntax, knownTypes, uniqueDefinitions, interfacesImplemented, schemaValid, matchesTypescript };
