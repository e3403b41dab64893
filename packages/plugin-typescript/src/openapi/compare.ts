import type { JsonPath } from '@design-check/openapi-model';
import type { TsType } from '@design-check/typescript-model';
import { coreOf, resolveSchema, schemaText, type SchemaAt } from './schema.js';

/** How a TypeScript type disagrees with an OpenAPI schema. */
export type TypeMismatch =
  | { kind: 'type'; expected: string; path: JsonPath }
  | { kind: 'members'; onlyTs: string[]; onlyOpenApi: string[]; path: JsonPath };

/** The OpenAPI type names a TypeScript kind stands for. */
const KINDS: Record<string, TsType['kind'][]> = {
  string: ['string'],
  integer: ['number', 'bigint'],
  number: ['number'],
  boolean: ['boolean'],
  array: ['array', 'tuple'],
  object: ['object'],
  null: ['null'],
};

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : String(v));

function typesOf(s: Record<string, unknown>): string[] {
  const raw = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  const types = raw.filter((t): t is string => typeof t === 'string' && t !== 'null');
  if (types.length === 0 && (s.properties !== undefined || s.additionalProperties !== undefined)) return ['object'];
  return types;
}

function compareMembers(ts: TsType, s: Record<string, unknown>, at: SchemaAt, description: unknown): TypeMismatch | undefined {
  const values = Array.isArray(s.enum) ? s.enum.filter((v) => v !== null) : s.const !== undefined ? [s.const] : undefined;
  const key = Array.isArray(s.enum) ? 'enum' : 'const';
  if (!values) {
    // A literal union where OpenAPI allows any value of the type.
    if (ts.literals?.length) return { kind: 'type', expected: `${schemaText(description, at)} (the OpenAPI schema has no enum)`, path: at.path };
    return undefined;
  }
  if (!ts.literals) return { kind: 'type', expected: values.map(show).join(' | '), path: [...at.path, key] };
  const api = new Set(values.map(show));
  const mine = new Set(ts.literals.map(show));
  const onlyTs = [...mine].filter((v) => !api.has(v));
  const onlyOpenApi = [...api].filter((v) => !mine.has(v));
  return onlyTs.length || onlyOpenApi.length ? { kind: 'members', onlyTs, onlyOpenApi, path: [...at.path, key] } : undefined;
}

/** Compare a TypeScript type with an inline schema (no `$ref` at its top). */
export function compareInline(ts: TsType, at: SchemaAt, description: unknown, schemaName: (tsName: string) => string, depth = 0): TypeMismatch | undefined {
  const s = at.schema;
  const types = typesOf(s);
  if (types.length > 0) {
    const allowed = types.flatMap((t) => KINDS[t] ?? []);
    if (ts.kind === 'union' ? !(ts.members ?? []).every((m) => allowed.includes(m.kind)) : !allowed.includes(ts.kind)) {
      return { kind: 'type', expected: schemaText(description, at), path: at.path };
    }
    if (types.length === 1 && types[0] === 'array' && ts.items && s.items && typeof s.items === 'object' && depth < 4) {
      const inner = compareType(ts.items, { schema: s.items as Record<string, unknown>, path: [...at.path, 'items'] }, description, schemaName, depth + 1);
      if (inner) return { kind: 'type', expected: schemaText(description, at), path: at.path };
    }
  }
  if (types.length === 0 && s.enum === undefined && s.const === undefined) return undefined;
  return compareMembers(ts, s, at, description);
}

/**
 * Compare a TypeScript type with an OpenAPI schema, null left out (nullability is compared on
 * its own): a referenced schema by name, else by what the schema allows.
 */
export function compareType(ts: TsType, start: SchemaAt, description: unknown, schemaName: (tsName: string) => string, depth = 0): TypeMismatch | undefined {
  if (ts.kind === 'any' || ts.kind === 'unknown') return undefined;
  const at = coreOf(start);
  if (at.schema.oneOf !== undefined || at.schema.anyOf !== undefined) return undefined;
  if (typeof at.schema.$ref !== 'string') return compareInline(ts, at, description, schemaName, depth);
  const target = resolveSchema(description, at);
  // An external or dangling `$ref` is another rule's finding: nothing to compare with.
  if (!target) return undefined;
  if (ts.name && ts.declared && target.ref && schemaName(ts.name) === target.ref) return undefined;
  const t = target.schema;
  const objectTarget = t.type === 'object' || t.properties !== undefined || t.allOf !== undefined;
  if (!objectTarget) return compareInline(ts, target, description, schemaName, depth);
  // An object literal written inline is not compared in depth with a referenced schema.
  if (ts.kind === 'object' && !ts.name) return undefined;
  return { kind: 'type', expected: schemaText(description, at), path: at.path };
}
