import { closestName, type Rule } from '@design-check/core';
import { mayHaveFragments, openApiModelOf } from '@design-check/openapi-model';
import { compound, contractTables, namedTypes, schemaBlockNames } from '../contracts.js';
import { modelOf } from '../model.js';
import { isCompiled } from '@design-check/typescript-model';

/**
 * A type that an Interface Contracts row names in code form (`` `ExportJobCreated` ``) must be
 * declared in the document: in a TypeScript block (or as an OpenAPI schema, a protobuf message,
 * a GraphQL type). Two streams cannot build against a type that nobody wrote down.
 */
export const contractTypes: Rule<undefined, 'undeclared'> = {
  name: 'contract-types',
  meta: {
    description: 'Require every type that an Interface Contracts row names in code form to be declared in the TypeScript blocks.',
    messages: {
      undeclared: 'Unexpected type `{{name}}` in the {{column}} column: no TypeScript block of this document declares it; declare it under Shared Type Definitions{{hint}}',
    },
    appliesTo: (doc) => contractTables(doc).length > 0,
  },
  async check(ctx) {
    const named = namedTypes(contractTables(ctx.doc));
    if (named.length === 0) return;
    const model = await modelOf(ctx);
    // Blocks that could not be compiled declare nothing we know of: typescript/compile says why.
    if (!isCompiled(model)) return;
    const ts = model.names;
    const schemas = mayHaveFragments(ctx.doc) ? Object.keys((openApiModelOf(ctx).merged.description.components as { schemas?: object } | undefined)?.schemas ?? {}) : [];
    const declared = new Set([...ts, ...schemas, ...schemaBlockNames(ctx.doc)]);
    for (const n of named) {
      if (declared.has(n.name)) continue;
      const near = closestName(n.name, declared, Math.max(1, Math.floor(n.name.length / 4)));
      // A one-word name (`Authorization`) is only taken for a type when it is a near miss.
      if (!compound(n.name) && !near) continue;
      const hint = near ? `, or did you mean \`${near}\`?` : '';
      ctx.report({ messageId: 'undeclared', data: { name: n.name, column: n.header, hint }, at: n.at });
    }
  },
};
