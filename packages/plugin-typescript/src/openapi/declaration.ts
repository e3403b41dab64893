import { closestName, type Location } from '@design-check/core';
import type { JsonPath } from '@design-check/openapi-model';
import type { TsDeclaration, TsProperty } from '@design-check/typescript-model';
import { compareInline, compareType, type TypeMismatch } from './compare.js';
import { coreOf, flatten, isNullable, resolveSchema, schemaText, type SchemaAt, type SchemaProperty } from './schema.js';

/** The message ids of a mismatch and of its related location. */
export type MismatchId =
  | 'missingInOpenApi'
  | 'missingInTypeScript'
  | 'typeDiffers'
  | 'membersDiffer'
  | 'nullOnlyInTs'
  | 'nullOnlyInOpenApi'
  | 'optionalInTs'
  | 'optionalInOpenApi'
  | 'noRequiredList'
  | 'notAnObject'
  | 'schemaProperty'
  | 'schemaHere';

/** One disagreement between a TypeScript declaration and its OpenAPI schema. */
export interface Mismatch {
  messageId: MismatchId;
  data: Record<string, unknown>;
  at: Location;
  related: { messageId: MismatchId; data: Record<string, unknown>; path: JsonPath };
}

/** How far a name may be from another to be suggested: a typo, a case slip, a plural. */
const nearBy = (name: string) => Math.max(1, Math.floor(name.length / 3));

interface Pair {
  decl: TsDeclaration;
  schema: string;
  description: unknown;
  schemaName: (tsName: string) => string;
}

function typeFinding(p: Pair, m: TypeMismatch, actual: string, target: string, at: Location, property?: string): Mismatch {
  const related = property ? { messageId: 'schemaProperty' as const, data: { property, schema: p.schema }, path: m.path } : { messageId: 'schemaHere' as const, data: { schema: p.schema }, path: m.path };
  if (m.kind === 'type') return { messageId: 'typeDiffers', data: { actual, target, expected: m.expected, schema: p.schema }, at, related };
  const details = [m.onlyTs.length ? `${m.onlyTs.join(', ')} only in TypeScript` : '', m.onlyOpenApi.length ? `${m.onlyOpenApi.join(', ')} only in OpenAPI` : ''].filter(Boolean).join(', ');
  return { messageId: 'membersDiffer', data: { target, details, schema: p.schema }, at, related };
}

function compareProperty(p: Pair, prop: TsProperty, api: SchemaProperty, required: boolean | undefined): Mismatch[] {
  const out: Mismatch[] = [];
  const target = `${p.decl.name}.${prop.name}`;
  const data = { target, property: prop.name, schema: p.schema, actual: prop.type.text };
  const related = { messageId: 'schemaProperty' as const, data: { property: prop.name, schema: p.schema }, path: api.path };
  if (prop.optional && required) out.push({ messageId: 'optionalInTs', data, at: prop.at, related });
  if (!prop.optional && required === false) out.push({ messageId: 'optionalInOpenApi', data, at: prop.at, related });
  const apiNull = isNullable(p.description, api);
  if (prop.nullable && !apiNull) out.push({ messageId: 'nullOnlyInTs', data, at: prop.at, related });
  if (!prop.nullable && apiNull) out.push({ messageId: 'nullOnlyInOpenApi', data, at: prop.at, related });
  const m = compareType(prop.type, api, p.description, p.schemaName);
  if (m) out.push(typeFinding(p, m, prop.type.text, target, prop.at, prop.name));
  return out;
}

/**
 * Compare a TypeScript declaration with the OpenAPI component schema it names: property by
 * property for an object (through `$ref` and `allOf`), member by member for a literal union or
 * an enum, by type for any other alias.
 */
export function compareDeclaration(decl: TsDeclaration, schema: string, start: SchemaAt, description: unknown, schemaName: (tsName: string) => string): Mismatch[] {
  const p: Pair = { decl, schema, description, schemaName };
  const here = { messageId: 'schemaHere' as const, data: { schema }, path: start.path };
  if (decl.kind === 'enum' || (decl.kind === 'type' && decl.properties.length === 0)) {
    if (!decl.type) return [];
    const core = resolveSchema(description, coreOf(start));
    const m = core && compareInline({ ...decl.type, name: undefined }, core, description, schemaName);
    return m ? [typeFinding(p, m, decl.type.text, decl.name, decl.at)] : [];
  }
  const flat = flatten(description, start);
  if (flat.opaque) return [];
  if (!flat.object) {
    const data = { actual: decl.kind === 'interface' ? 'interface' : 'object type', name: decl.name, expected: schemaText(description, start), schema };
    return [{ messageId: 'notAnObject', data, at: decl.at, related: here }];
  }
  const out: Mismatch[] = [];
  const mine = new Set(decl.properties.map((q) => q.name));
  // A schema without any `required` list: one finding for all the properties TypeScript requires.
  const noList = flat.required.size === 0;
  const requiredHere = decl.properties.filter((q) => !q.optional && flat.properties.has(q.name)).map((q) => q.name);
  if (noList && requiredHere.length > 0) {
    out.push({ messageId: 'noRequiredList', data: { name: decl.name, schema, properties: requiredHere.join(', ') }, at: decl.at, related: here });
  }
  for (const prop of decl.properties) {
    const api = flat.properties.get(prop.name);
    if (api) {
      out.push(...compareProperty(p, prop, api, noList ? undefined : flat.required.has(prop.name)));
      continue;
    }
    const near = closestName(prop.name, [...flat.properties.keys()].filter((k) => !mine.has(k)), nearBy(prop.name));
    const hint = near ? ` (did you mean '${near}'?)` : '';
    out.push({ messageId: 'missingInOpenApi', data: { property: prop.name, name: decl.name, schema, hint }, at: prop.at, related: { ...here, path: flat.propertiesPath } });
  }
  for (const [name, api] of flat.properties) {
    if (mine.has(name)) continue;
    const near = closestName(name, [...mine].filter((k) => !flat.properties.has(k)), nearBy(name));
    const hint = near ? ` (did you mean '${near}'?)` : '';
    out.push({ messageId: 'missingInTypeScript', data: { property: name, name: decl.name, schema, hint }, at: decl.at, related: { messageId: 'schemaProperty', data: { property: name, schema }, path: api.path } });
  }
  return out;
}
