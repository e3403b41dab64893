import { closestName, type DesignDoc, type Rule } from '@design-check/core';
import { hasTypeScript, typeScriptModelOf } from '@design-check/typescript-model';
import { hasProto, protoModelOf } from '../model.js';
import type { ProtoMessage } from '../types.js';

interface Options {
  /** TypeScript type name → proto message name (`Order.Item`), for types named differently. */
  names: Record<string, string>;
}

type MessageId = 'missingInProto' | 'missingInTypeScript' | 'notList' | 'list' | 'field' | 'messageHere';

const nearBy = (name: string) => Math.max(2, Math.floor(name.length / 3));
const camel = (name: string) => name.replace(/_+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());

/** The messages by the names a TypeScript type may give them: `Order.Item`, `Order_Item`, and `Item` when no other message has that name. */
function byName(messages: ProtoMessage[]): Map<string, ProtoMessage> {
  const out = new Map<string, ProtoMessage>();
  const simple = new Map<string, ProtoMessage[]>();
  for (const m of messages) {
    // The first definition of a name is the one compared (a second one is a proto/unique-definitions finding).
    if (!out.has(m.name)) out.set(m.name, m);
    if (!out.has(m.name.replace(/\./g, '_'))) out.set(m.name.replace(/\./g, '_'), m);
    const last = m.name.split('.').pop()!;
    simple.set(last, [...(simple.get(last) ?? []), m]);
  }
  for (const [name, list] of simple) if (list.length === 1 && !out.has(name)) out.set(name, list[0]);
  return out;
}

/**
 * A shared TypeScript interface or object type whose name is a proto message of the document
 * must have its fields, by their proto name or the JSON name (`refund_id` or `refundId`).
 */
export const matchesTypescript: Rule<Options, MessageId> = {
  name: 'matches-typescript',
  meta: {
    description: 'Require a shared TypeScript type and the proto message of the same name to have the same fields, repeated fields as arrays.',
    messages: {
      missingInProto: "Unexpected property '{{property}}' in {{name}}: the proto message {{message}} has no field '{{property}}'{{hint}}; add the field there or remove the property here",
      missingInTypeScript: "Add property '{{property}}' to {{name}}: the proto message {{message}} has the field '{{field}}'{{hint}}",
      notList: 'Unexpected {{actual}} for {{target}}, expected an array: the proto field {{message}}.{{field}} is repeated',
      list: 'Unexpected array {{actual}} for {{target}}, expected one value: the proto field {{message}}.{{field}} is not repeated',
      field: "'{{field}}' in the proto message {{message}}",
      messageHere: 'The proto message {{message}}',
    },
    schema: {
      type: 'object',
      properties: { names: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { names: {} },
    appliesTo: (doc: DesignDoc) => hasProto(doc) && hasTypeScript(doc),
  },
  async check(ctx) {
    const messages = byName((await protoModelOf(ctx)).messages);
    for (const decl of (await typeScriptModelOf(ctx)).declarations) {
      const m = messages.get(ctx.options.names[decl.name] ?? decl.name);
      if (!m || decl.generic || decl.kind === 'enum' || decl.properties.length === 0) continue;
      const props = decl.properties.filter((p) => !p.name.startsWith('$'));
      const mine = new Set(props.map((p) => p.name));
      const names = (x: { name: string }) => [x.name, camel(x.name)];
      const oneofs = new Set(m.oneofs.filter((o) => names(o).some((n) => mine.has(n))).map((o) => o.name));
      const covered = (f: ProtoMessage['fields'][number]) => mine.has(f.name) || mine.has(f.jsonName) || (f.oneof !== undefined && oneofs.has(f.oneof));
      const known = new Set([...m.fields.flatMap((f) => [f.name, f.jsonName]), ...m.oneofs.flatMap(names)]);
      const open = m.fields.filter((f) => !covered(f));
      for (const prop of props) {
        const f = m.fields.find((x) => x.name === prop.name || x.jsonName === prop.name);
        if (f) {
          const data = { target: `${decl.name}.${prop.name}`, actual: prop.type.text, message: m.name, field: f.name };
          const related = [{ messageId: 'field' as const, data: { field: f.name, message: m.name }, at: f.at }];
          const array = prop.type.kind === 'array' || prop.type.kind === 'tuple';
          if (f.repeated && !f.map && !array && prop.type.kind !== 'any' && prop.type.kind !== 'unknown') ctx.report({ messageId: 'notList', data, at: prop.at, related });
          if (!f.repeated && !f.map && array) ctx.report({ messageId: 'list', data, at: prop.at, related });
          continue;
        }
        if (known.has(prop.name) || m.elided) continue;
        const near = closestName(prop.name, open.flatMap((x) => [x.name, x.jsonName]), nearBy(prop.name));
        const hint = near ? ` (did you mean '${near}'?)` : '';
        ctx.report({ messageId: 'missingInProto', data: { property: prop.name, name: decl.name, message: m.name, hint }, at: prop.at, related: [{ messageId: 'messageHere', data: { message: m.name }, at: m.at }] });
      }
      // Write a missing property as the type writes the others: snake_case or the JSON name.
      const snake = props.some((p) => p.name.includes('_')) && !props.some((p) => /[a-z][A-Z]/.test(p.name));
      for (const f of open) {
        const property = snake ? f.name : f.jsonName;
        const near = closestName(property, [...mine].filter((p) => !known.has(p)), nearBy(property));
        const hint = near ? ` (did you mean '${near}'?)` : '';
        const data = { property, field: f.name, name: decl.name, message: m.name, hint };
        ctx.report({ messageId: 'missingInTypeScript', data, at: decl.at, related: [{ messageId: 'field', data: { field: f.name, message: m.name }, at: f.at }] });
      }
    }
  },
};
