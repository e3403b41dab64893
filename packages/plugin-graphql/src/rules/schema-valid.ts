import type { Rule } from '@design-check/core';
import { graphqlModelOf, hasGraphql } from '../model.js';
import { isInterfaceError } from './interfaces-implemented.js';

/** The SDL rules that other rules of the plugin word themselves. */
const OWN_RULES = new Set([
  'syntax',
  'KnownTypeNamesRule',
  'UniqueTypeNamesRule',
  'UniqueFieldDefinitionNamesRule',
  'UniqueEnumValueNamesRule',
  'UniqueArgumentDefinitionNamesRule',
  'UniqueDirectiveNamesRule',
  'UniqueOperationTypesRule',
  'LoneSchemaDefinitionRule',
]);

/** Everything else graphql-js finds wrong with the schema: an input field of an output type, an empty enum, a bad extension. */
export const schemaValid: Rule<undefined, 'invalid' | 'related'> = {
  name: 'schema-valid',
  meta: {
    description: 'Require the GraphQL blocks of the document to form a valid schema, as graphql-js validates it.',
    messages: {
      invalid: 'Invalid GraphQL schema: {{reason}}',
      related: 'See also here',
    },
    appliesTo: hasGraphql,
  },
  async check(ctx) {
    for (const e of (await graphqlModelOf(ctx)).errors) {
      if (OWN_RULES.has(e.rule) || e.at.length === 0 || (e.rule === 'schema' && isInterfaceError(e.message))) continue;
      const reason = e.message.replace(/\.$/, '');
      // An extension, or a union member listed again, is the offender after the definition it conflicts with.
      const last = e.rule === 'PossibleTypeExtensionsRule' || / can only include type /.test(e.message);
      const at = last ? e.at[e.at.length - 1] : e.at[0];
      const related = e.at.filter((l) => l !== at).map((l) => ({ messageId: 'related' as const, at: l }));
      ctx.report({ messageId: 'invalid', data: { reason }, at, related });
    }
  },
};
