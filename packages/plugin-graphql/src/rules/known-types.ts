import { closestName, type Rule } from '@design-check/core';
import { graphqlModelOf, hasGraphql } from '../model.js';

/** A type that a field, argument, union or `implements` names but no block defines. */
export const knownTypes: Rule<undefined, 'unknown'> = {
  name: 'known-types',
  meta: {
    description: 'Require every type that the GraphQL schema uses to be a built-in scalar or defined in a GraphQL block of the document.',
    messages: {
      unknown: 'Unexpected type "{{name}}"{{usedBy}}, expected a built-in scalar or a type that a GraphQL block of the document defines; {{hint}}',
    },
    appliesTo: hasGraphql,
  },
  async check(ctx) {
    const model = await graphqlModelOf(ctx);
    // A design that shows a type in part (`...`) shows part of a larger schema: a name it does
    // not define may be defined there, and is reported only when it is a slip of a defined one.
    const partial = model.types.some((t) => t.elided);
    for (const e of model.errors) {
      if (e.rule !== 'KnownTypeNamesRule') continue;
      const m = /^Unknown type "([^"]+)"\.(?: Did you mean (.+)\?)?$/.exec(e.message);
      if (!m) continue;
      // graphql-js suggests widely (Pallet for Parcel): keep a suggestion only when it is a slip of the name.
      const near = m[2] ? closestName(m[1], [...m[2].matchAll(/"([^"]+)"/g)].map((s) => s[1]), Math.max(2, Math.floor(m[1].length / 3))) : undefined;
      if (partial && !near) continue;
      const hint = near ? `did you mean "${near}"?` : `define it, or declare \`scalar ${m[1]}\` for a custom scalar`;
      ctx.report({ messageId: 'unknown', data: { name: m[1], usedBy: e.usedBy ? ` of ${e.usedBy}` : '', hint }, at: e.at[0] });
    }
  },
};
