import { mayHaveFragments, openApiModelOf, type JsonPath } from '@design-check/openapi-model';
import type { DesignDoc, Rule } from '@design-check/core';
import { compareDeclaration, type MismatchId } from '../openapi/declaration.js';
import { componentSchema } from '../openapi/schema.js';
import { appliesTo, modelOf } from '../model.js';

interface Options {
  /** TypeScript type name → OpenAPI schema name, for types named differently. */
  names: Record<string, string>;
}

const startsWith = (path: JsonPath, prefix: JsonPath) => prefix.every((seg, i) => String(path[i]) === String(seg));

/**
 * An interface, type alias or enum whose name is an OpenAPI component schema of the document
 * must agree with it: the same properties, types, enum members, nullability and optionality.
 */
export const matchesOpenapi: Rule<Options, MismatchId> = {
  name: 'matches-openapi',
  meta: {
    description: 'Require a TypeScript type and the OpenAPI schema of the same name to agree property by property.',
    messages: {
      missingInOpenApi: "Unexpected property '{{property}}' in {{name}}: the OpenAPI schema {{schema}} does not define it{{hint}}; add it there or remove it here",
      missingInTypeScript: "Add property '{{property}}' to {{name}}: the OpenAPI schema {{schema}} defines it{{hint}}",
      typeDiffers: 'Unexpected type {{actual}} for {{target}}, expected {{expected}} as in the OpenAPI schema {{schema}}',
      membersDiffer: 'Unexpected members of {{target}}: {{details}}; list the same values in TypeScript and in the OpenAPI schema {{schema}}',
      nullOnlyInTs: 'Unexpected `| null` on {{target}}: the OpenAPI schema {{schema}} does not allow null; remove it here or add `nullable: true` there',
      nullOnlyInOpenApi: 'Unexpected non-null {{target}}, expected `{{actual}} | null`: the OpenAPI schema {{schema}} allows null',
      optionalInTs: "Unexpected optional {{target}}, expected it required: the OpenAPI schema {{schema}} lists '{{property}}' in required",
      optionalInOpenApi: "Unexpected required {{target}}, expected `{{property}}?`: the OpenAPI schema {{schema}} does not list '{{property}}' in required",
      noRequiredList:
        'Unexpected required properties of {{name}} ({{properties}}): the OpenAPI schema {{schema}} has no `required` list, so all its properties are optional; add `required: [{{properties}}]` there or mark them optional here',
      notAnObject: 'Unexpected {{actual}} {{name}}, expected {{expected}} as the OpenAPI schema {{schema}} defines it',
      schemaProperty: "'{{property}}' in the OpenAPI schema {{schema}}",
      schemaHere: 'The OpenAPI schema {{schema}}',
    },
    schema: {
      type: 'object',
      properties: { names: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { names: {} },
    appliesTo: (doc: DesignDoc) => appliesTo(doc) && mayHaveFragments(doc),
  },
  async check(ctx) {
    const api = openApiModelOf(ctx);
    if (api.usable.length === 0) return;
    const description = api.merged.description;
    const schemaName = (tsName: string) => ctx.options.names[tsName] ?? tsName;
    for (const decl of (await modelOf(ctx)).declarations) {
      if (decl.generic) continue;
      const name = schemaName(decl.name);
      const start = componentSchema(description, name);
      // A schema that two fragments define differently is openapi/fragment-conflict's finding.
      if (!start || api.merged.conflicts.some((c) => startsWith(c.path, start.path))) continue;
      for (const m of compareDeclaration(decl, name, start, description, schemaName)) {
        const related = [{ messageId: m.related.messageId, data: m.related.data, at: api.locate(m.related.path) }];
        ctx.report({ messageId: m.messageId, data: m.data, at: m.at, related });
      }
    }
  },
};
