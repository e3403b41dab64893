import { closestName, type DesignDoc, type Location, type Rule } from '@design-check/core';
import { hasTypeScript, typeScriptModelOf, type TsDeclaration, type TsProperty } from '@design-check/typescript-model';
import { graphqlModelOf, hasGraphql } from '../model.js';
import type { GraphqlField, GraphqlType } from '../types.js';

interface Options {
  /** TypeScript type name → GraphQL type name, for types named differently. */
  names: Record<string, string>;
}

type MessageId = 'missingInGraphql' | 'missingInTypeScript' | 'notNullable' | 'nullable' | 'notList' | 'list' | 'field' | 'typeHere';

const nearBy = (name: string) => Math.max(1, Math.floor(name.length / 3));
const LISTS = new Set(['array', 'tuple']);
const SINGLE = new Set(['string', 'number', 'boolean', 'bigint', 'object']);

function compareField(report: (id: MessageId, data: Record<string, unknown>, at: Location) => void, decl: TsDeclaration, t: GraphqlType, prop: TsProperty, f: GraphqlField): void {
  const data = { target: `${decl.name}.${prop.name}`, property: prop.name, actual: prop.type.text, type: t.name, field: f.name, fieldType: f.type };
  if (!f.nullable && (prop.optional || prop.nullable)) {
    const how = [prop.optional ? 'optional' : '', prop.nullable ? 'nullable' : ''].filter(Boolean).join(', ');
    report('notNullable', { ...data, how }, prop.at);
  }
  if (f.nullable && !prop.optional && !prop.nullable) report('nullable', data, prop.at);
  if (f.list && SINGLE.has(prop.type.kind)) report('notList', data, prop.at);
  if (!f.list && LISTS.has(prop.type.kind)) report('list', data, prop.at);
}

/**
 * A shared TypeScript interface or object type whose name is a GraphQL object, interface or
 * input type of the document must have the same fields, nullable where GraphQL allows null.
 */
export const matchesTypescript: Rule<Options, MessageId> = {
  name: 'matches-typescript',
  meta: {
    description: 'Require a shared TypeScript type and the GraphQL type of the same name to have the same fields, with the same nullability.',
    messages: {
      missingInGraphql: "Unexpected property '{{property}}' in {{name}}: the GraphQL type {{type}} has no field '{{property}}'{{hint}}; add the field there or remove the property here",
      missingInTypeScript: "Add property '{{field}}' to {{name}}: the GraphQL type {{type}} has the field '{{field}}: {{fieldType}}'{{hint}}",
      notNullable: 'Unexpected {{how}} {{target}}, expected it required and not null: {{type}}.{{field}} is {{fieldType}}',
      nullable: 'Unexpected required, non-null {{target}}, expected `{{property}}: {{actual}} | null` or `{{property}}?: {{actual}}`: {{type}}.{{field}} is {{fieldType}}, which may be null',
      notList: 'Unexpected {{actual}} for {{target}}, expected an array: {{type}}.{{field}} is the list {{fieldType}}',
      list: 'Unexpected array {{actual}} for {{target}}, expected one value: {{type}}.{{field}} is {{fieldType}}, not a list',
      field: "'{{field}}' in the GraphQL type {{type}}",
      typeHere: 'The GraphQL type {{type}}',
    },
    schema: {
      type: 'object',
      properties: { names: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { names: {} },
    appliesTo: (doc: DesignDoc) => hasGraphql(doc) && hasTypeScript(doc),
  },
  async check(ctx) {
    const model = await graphqlModelOf(ctx);
    const types = new Map(model.types.map((t) => [t.name, t]));
    for (const decl of (await typeScriptModelOf(ctx)).declarations) {
      const t = types.get(ctx.options.names[decl.name] ?? decl.name);
      if (!t || decl.generic || decl.kind === 'enum' || decl.properties.length === 0) continue;
      const typeHere = { messageId: 'typeHere' as const, data: { type: t.name }, at: t.at };
      const fields = new Map(t.fields.map((f) => [f.name, f]));
      const props = decl.properties.filter((p) => !p.name.startsWith('__'));
      const mine = new Set(props.map((p) => p.name));
      for (const prop of props) {
        const f = fields.get(prop.name);
        if (f) {
          const related = [{ messageId: 'field' as const, data: { field: f.name, type: t.name }, at: f.at }];
          compareField((messageId, data, at) => ctx.report({ messageId, data, at, related }), decl, t, prop, f);
          continue;
        }
        // A type shown in part, or only extended here, is known only by the fields shown.
        if (t.elided || t.extended) continue;
        const near = closestName(prop.name, [...fields.keys()].filter((k) => !mine.has(k)), nearBy(prop.name));
        const hint = near ? ` (did you mean '${near}'?)` : '';
        ctx.report({ messageId: 'missingInGraphql', data: { property: prop.name, name: decl.name, type: t.name, hint }, at: prop.at, related: [typeHere] });
      }
      for (const f of t.fields) {
        // A field with arguments is resolved per request: a shared type need not carry it.
        if (mine.has(f.name) || f.args > 0) continue;
        const near = closestName(f.name, [...mine].filter((k) => !fields.has(k)), nearBy(f.name));
        const hint = near ? ` (did you mean '${near}'?)` : '';
        const data = { field: f.name, fieldType: f.type, name: decl.name, type: t.name, hint };
        ctx.report({ messageId: 'missingInTypeScript', data, at: decl.at, related: [{ messageId: 'field', data: { field: f.name, type: t.name }, at: f.at }] });
      }
    }
  },
};
