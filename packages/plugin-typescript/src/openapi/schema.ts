import { getAt, isObj, parsePointer, type JsonPath } from '@design-check/openapi-model';

type Obj = Record<string, unknown>;

/** A schema of the merged description and where it is. */
export interface SchemaAt {
  schema: Obj;
  path: JsonPath;
  /** The component name when the schema was reached through `$ref: '#/components/schemas/<name>'`. */
  ref?: string;
}

/** A property of an object schema, with the path of its schema in the description. */
export interface SchemaProperty {
  schema: Obj;
  path: JsonPath;
}

/** An object schema with its `allOf` parts and `$ref`s merged. */
export interface FlatSchema {
  properties: Map<string, SchemaProperty>;
  required: Set<string>;
  /** Where `properties` is written (for a property that is missing), or the schema itself. */
  propertiesPath: JsonPath;
  /** True when the schema says it is an object (`type: object`, `properties`, `allOf` of such). */
  object: boolean;
  /** True when the schema cannot be judged here (`oneOf`, `anyOf`, an external `$ref`). */
  opaque: boolean;
}

const SCHEMAS = ['components', 'schemas'];

/** The component schema path of a local `$ref`, or undefined for any other ref. */
function refTarget(ref: string): JsonPath | undefined {
  return ref.startsWith('#/') ? parsePointer(ref) : undefined;
}

/** Follow local `$ref`s to the schema; undefined when a ref is external or does not resolve. */
export function resolveSchema(description: unknown, at: SchemaAt, depth = 0): SchemaAt | undefined {
  const ref = at.schema.$ref;
  if (ref === undefined) return at;
  if (typeof ref !== 'string' || depth > 16) return undefined;
  const path = refTarget(ref);
  const target = path ? getAt(description, path) : undefined;
  if (!path || !isObj(target)) return undefined;
  const name = path.length === 3 && path[0] === SCHEMAS[0] && path[1] === SCHEMAS[1] ? String(path[2]) : undefined;
  return resolveSchema(description, { schema: target, path, ref: name ?? at.ref }, depth + 1);
}

function nullSchema(s: unknown): boolean {
  return isObj(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null));
}

/** True when the schema admits `null` (3.0 `nullable`, 3.1 `type: [x, 'null']`, a null enum or `oneOf` member). */
export function isNullable(description: unknown, at: SchemaAt, depth = 0): boolean {
  const s = at.schema;
  if (s.nullable === true || s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true;
  if (Array.isArray(s.enum) && s.enum.includes(null)) return true;
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[key]) && (s[key] as unknown[]).some(nullSchema)) return true;
  if (depth > 8) return false;
  const single = Array.isArray(s.allOf) && s.allOf.length === 1 && isObj(s.allOf[0]) ? s.allOf[0] : undefined;
  if (single) return isNullable(description, { schema: single, path: [...at.path, 'allOf', 0] }, depth + 1);
  const resolved = s.$ref !== undefined ? resolveSchema(description, at) : undefined;
  return !!resolved && resolved !== at && isNullable(description, resolved, depth + 1);
}

/**
 * The schema a value must match, without its null wrappers: `allOf: [X]` (with `nullable`,
 * `description`…) is X, `oneOf: [X, {type: 'null'}]` is X. A `$ref` is kept (its name matters).
 */
export function coreOf(at: SchemaAt): SchemaAt {
  const s = at.schema;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = s[key];
    if (!Array.isArray(list) || s.properties !== undefined) continue;
    const rest = list.map((m, i) => [m, i] as const).filter(([m]) => isObj(m) && !nullSchema(m));
    if (rest.length === 1 && (key === 'allOf' ? list.length === 1 : rest.length < list.length)) {
      return coreOf({ schema: rest[0][0] as Obj, path: [...at.path, key, rest[0][1]] });
    }
  }
  return at;
}

/** Merge an object schema's own properties and those of its `allOf` parts, through `$ref`s. */
export function flatten(description: unknown, start: SchemaAt): FlatSchema {
  const out: FlatSchema = { properties: new Map(), required: new Set(), propertiesPath: start.path, object: false, opaque: false };
  const seen = new Set<string>();
  const visit = (at: SchemaAt | undefined, depth: number) => {
    if (!at || depth > 16) {
      out.opaque = true;
      return;
    }
    const key = at.path.join('/');
    if (seen.has(key)) return;
    seen.add(key);
    const s = at.schema;
    if (s.type === 'object' || isObj(s.properties)) out.object = true;
    if (isObj(s.properties)) {
      if (out.properties.size === 0) out.propertiesPath = [...at.path, 'properties'];
      for (const [name, schema] of Object.entries(s.properties)) {
        if (isObj(schema) && !out.properties.has(name)) out.properties.set(name, { schema, path: [...at.path, 'properties', name] });
      }
    }
    if (Array.isArray(s.required)) for (const r of s.required) if (typeof r === 'string') out.required.add(r);
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) out.opaque = true;
    if (Array.isArray(s.allOf)) s.allOf.forEach((m, i) => isObj(m) && visit(resolveSchema(description, { schema: m, path: [...at.path, 'allOf', i] }), depth + 1));
  };
  visit(resolveSchema(description, start), 0);
  return out;
}

/** The component schema named `name`, if the description has one. */
export function componentSchema(description: unknown, name: string): SchemaAt | undefined {
  const path = [...SCHEMAS, name];
  const schema = getAt(description, path);
  return isObj(schema) ? { schema, path } : undefined;
}

/** How the OpenAPI schema reads as a type: `integer`, `string (date-time)`, `Money`, `array of string`, `'a' | 'b'`. */
export function schemaText(description: unknown, at: SchemaAt, depth = 0): string {
  const core = coreOf(at);
  const s = core.schema;
  if (typeof s.$ref === 'string') return s.$ref.split('/').pop() ?? s.$ref;
  if (Array.isArray(s.enum)) return s.enum.filter((v) => v !== null).map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(' | ');
  if (s.const !== undefined) return typeof s.const === 'string' ? `'${s.const}'` : String(s.const);
  const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t): t is string => typeof t === 'string' && t !== 'null');
  const type = types.length ? types.join(' | ') : isObj(s.properties) ? 'object' : 'any';
  if (type === 'array' && isObj(s.items) && depth < 4) return `array of ${schemaText(description, { schema: s.items, path: [...core.path, 'items'] }, depth + 1)}`;
  return typeof s.format === 'string' && type === 'string' ? `string (${s.format})` : type;
}
