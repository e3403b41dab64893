import type { Rule } from '@design-check/core';
import { graphqlModelOf, hasGraphql } from '../model.js';

/** What each graphql-js uniqueness rule says is defined twice, read from its message. */
const DUPLICATES: Record<string, [RegExp, (m: RegExpExecArray) => string]> = {
  UniqueTypeNamesRule: [/^There can be only one type named "([^"]+)"/, (m) => `type ${m[1]}`],
  UniqueFieldDefinitionNamesRule: [/^Field "([^"]+)" can only be defined once/, (m) => `field ${m[1]}`],
  UniqueEnumValueNamesRule: [/^Enum value "([^"]+)" can only be defined once/, (m) => `enum value ${m[1]}`],
  UniqueArgumentDefinitionNamesRule: [/^Argument "([^"]+)" can only be defined once/, (m) => `argument ${m[1]}`],
  UniqueDirectiveNamesRule: [/^There can be only one directive named "([^"]+)"/, (m) => `directive ${m[1]}`],
  UniqueOperationTypesRule: [/^There can be only one (\w+) type in schema/, (m) => `the schema's ${m[1]} type`],
  LoneSchemaDefinitionRule: [/^Must provide only one schema definition/, () => 'the schema definition'],
};

/** A type, field, enum value, argument or directive defined twice, in one block or across blocks. */
export const uniqueDefinitions: Rule<undefined, 'duplicate' | 'first'> = {
  name: 'unique-definitions',
  meta: {
    description: 'Disallow defining a GraphQL type, field, enum value, argument or directive twice across the blocks of the document.',
    messages: {
      duplicate: 'Unexpected second definition of {{what}}, expected one; merge the two definitions or rename one (use `extend type` to add fields in another block)',
      first: '{{what}} is first defined here',
    },
    appliesTo: hasGraphql,
  },
  async check(ctx) {
    for (const e of (await graphqlModelOf(ctx)).errors) {
      const known = DUPLICATES[e.rule];
      const m = known?.[0].exec(e.message);
      if (!known || !m || e.at.length === 0) continue;
      const what = known[1](m);
      const at = e.at[e.at.length - 1];
      const related = e.at.length > 1 ? [{ messageId: 'first' as const, data: { what: what.charAt(0).toUpperCase() + what.slice(1) }, at: e.at[0] }] : [];
      ctx.report({ messageId: 'duplicate', data: { what }, at, related });
    }
  },
};
