import type { CodeBlock, Location } from '@design-check/core';
import { buildASTSchema, GraphQLError, Kind, parse, print, Source, validateSchema, type ASTNode, type DefinitionNode, type DocumentNode, type NamedTypeNode, type TypeNode } from 'graphql';
import { specifiedSDLRules } from 'graphql/validation/specifiedRules.js';
import { validateSDL } from 'graphql/validation/validate.js';
import type { GraphqlError, GraphqlField, GraphqlModel, GraphqlType } from '../types.js';

/** Bounds the tokens of one block, so that a huge block cannot keep the parser busy. */
const MAX_TOKENS = 50_000;

// A fragment of a larger schema may use directives defined elsewhere (`@key`, `@auth`).
const SKIPPED_RULES = new Set(['KnownDirectivesRule']);
// A fragment may extend a type that the rest of the schema defines (`extend type Query`).
const FRAGMENT_EXTENSION = /^Cannot extend type "[^"]+" because it is not defined\./;
// A fragment need not define the query root type.
const NO_QUERY_ROOT = /^Query root type must be provided\.$/;

const TYPE_KINDS: Partial<Record<Kind, GraphqlType['kind']>> = {
  [Kind.OBJECT_TYPE_DEFINITION]: 'type',
  [Kind.OBJECT_TYPE_EXTENSION]: 'type',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'interface',
  [Kind.INTERFACE_TYPE_EXTENSION]: 'interface',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'input',
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: 'input',
};

// The definition that an extension of a type nobody defines stands in for, by extension kind.
const BASE_OF: Partial<Record<Kind, string>> = {
  [Kind.OBJECT_TYPE_EXTENSION]: 'type',
  [Kind.INTERFACE_TYPE_EXTENSION]: 'interface',
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: 'input',
  [Kind.UNION_TYPE_EXTENSION]: 'union',
  [Kind.ENUM_TYPE_EXTENSION]: 'enum',
  [Kind.SCALAR_TYPE_EXTENSION]: 'scalar',
};

type Named = DefinitionNode & { name?: { value: string } };

function namedType(t: TypeNode): NamedTypeNode {
  return t.kind === Kind.NAMED_TYPE ? t : namedType(t.type);
}

function isSchemaDefinition(d: DefinitionNode): boolean {
  return !(d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION);
}

/** The field, argument or list that uses each named type (`Order.total`, `Query.order(id:)`). */
function usages(defs: readonly DefinitionNode[]): Map<NamedTypeNode, string> {
  const out = new Map<NamedTypeNode, string>();
  for (const d of defs) {
    if (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION) {
      for (const op of d.operationTypes ?? []) out.set(op.type, `the schema's ${op.operation} type`);
      continue;
    }
    if (d.kind === Kind.DIRECTIVE_DEFINITION) {
      for (const a of d.arguments ?? []) out.set(namedType(a.type), `@${d.name.value}(${a.name.value}:)`);
      continue;
    }
    if (!('name' in d) || !d.name) continue;
    const owner = d.name.value;
    if ('interfaces' in d) for (const i of d.interfaces ?? []) out.set(i, `the interfaces of ${owner}`);
    if ('types' in d) for (const t of d.types ?? []) out.set(t, `the members of ${owner}`);
    if (!('fields' in d)) continue;
    for (const f of d.fields ?? []) {
      out.set(namedType(f.type), `${owner}.${f.name.value}`);
      if ('arguments' in f) for (const a of f.arguments ?? []) out.set(namedType(a.type), `${owner}.${f.name.value}(${a.name.value}:)`);
    }
  }
  return out;
}

function fieldsOf(d: Named, locate: (n: ASTNode) => Location): GraphqlField[] {
  if (!('fields' in d)) return [];
  return (d.fields ?? []).map((f) => ({
    name: f.name.value,
    type: print(f.type),
    nullable: f.type.kind !== Kind.NON_NULL_TYPE,
    list: (f.type.kind === Kind.NON_NULL_TYPE ? f.type.type : f.type).kind === Kind.LIST_TYPE,
    args: 'arguments' in f ? (f.arguments?.length ?? 0) : 0,
    at: locate(f.name),
  }));
}

/** The object, interface and input types, each with the fields of its definition and extensions. */
function typesOf(defs: readonly DefinitionNode[], locate: (n: ASTNode) => Location, elided: Set<DefinitionNode>): GraphqlType[] {
  const byName = new Map<string, GraphqlType & { defined: boolean }>();
  for (const d of defs as Named[]) {
    const kind = TYPE_KINDS[d.kind];
    if (!kind || !d.name) continue;
    const defined = !d.kind.endsWith('Extension');
    let t = byName.get(d.name.value);
    if (!t) byName.set(d.name.value, (t = { name: d.name.value, kind, at: locate(d.name as ASTNode), fields: [], defined, elided: false, extended: false }));
    if (elided.has(d)) t.elided = true;
    else if (defined && !t.defined) Object.assign(t, { at: locate(d.name as ASTNode), defined });
    const known = new Set(t.fields.map((f) => f.name));
    t.fields.push(...fieldsOf(d, locate).filter((f) => !known.has(f.name)));
  }
  return [...byName.values()].map(({ defined, ...t }) => ({ ...t, extended: !defined }));
}

/**
 * The definitions to build a schema from: the first definition of each type, and a stand-in for
 * each type that is only extended or that no block defines, so that the rest can be checked.
 */
function buildable(defs: readonly DefinitionNode[], unknown: Set<string>): DocumentNode {
  const kept: DefinitionNode[] = [];
  const defined = new Set<string>();
  const extended = new Map<string, string>();
  for (const d of defs as Named[]) {
    const name = d.name?.value;
    const base = BASE_OF[d.kind];
    if (base && name) extended.set(name, extended.get(name) ?? base);
    if (name && d.kind.endsWith('Definition') && d.kind !== Kind.DIRECTIVE_DEFINITION) {
      if (defined.has(name)) continue;
      defined.add(name);
    }
    kept.push(d);
  }
  const stand = [...extended].filter(([n]) => !defined.has(n)).map(([n, k]) => `${k} ${n}`);
  stand.push(...[...unknown].filter((n) => !defined.has(n) && !extended.has(n)).map((n) => `scalar ${n}`));
  const extra = stand.length ? parse(stand.join('\n'), { noLocation: true }).definitions : [];
  return { kind: Kind.DOCUMENT, definitions: [...kept, ...extra] };
}

// `...` or `…` standing for what a design leaves out: a whole body (`type Order { ... }`), or alone on a line among fields.
const WHOLE_BODY = /\{[ \t\n]*(?:\.{3}|…)[ \t\n]*\}/g;
const ELISION = /(?<=^|[\s{])(?:\.{3}|…)(?=[ \t]*(?:$|[\n}]|#))/gm;
const blankOut = (m: string) => m.replace(/[^\n]/g, ' ');

/** Parse every block, validate them as one schema with graphql-js, and locate what it reports. */
export function readSchema(blocks: CodeBlock[]): GraphqlModel {
  const bySource = new Map<string, CodeBlock>();
  const errors: GraphqlError[] = [];
  const defs: DefinitionNode[] = [];
  // The definitions of each block that leave something out: only the fields shown are known.
  const elided = new Set<DefinitionNode>();
  blocks.forEach((block, i) => {
    const cuts = [...block.value.matchAll(WHOLE_BODY), ...block.value.matchAll(ELISION)].map((m) => m.index);
    const source = new Source(block.value.replace(WHOLE_BODY, blankOut).replace(ELISION, blankOut), `block-${i + 1}`);
    bySource.set(source.name, block);
    try {
      const parsed = parse(source, { maxTokens: MAX_TOKENS }).definitions;
      parsed.forEach((d, j) => {
        const end = parsed[j + 1]?.loc?.start ?? block.value.length;
        if (cuts.some((c) => c >= (d.loc?.start ?? 0) && c < end)) elided.add(d);
      });
      defs.push(...parsed.filter(isSchemaDefinition));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const loc = error.locations?.[0] ?? { line: 1, column: 1 };
      errors.push({ rule: 'syntax', message: error.message, at: [block.toMarkdown(loc.line, loc.column)] });
    }
  });
  const locate = (n: ASTNode): Location => {
    const node = 'name' in n && n.name && typeof n.name === 'object' ? (n.name as ASTNode) : n;
    const block = node.loc ? bySource.get(node.loc.source.name) : undefined;
    return block && node.loc ? block.offsetToMarkdown(node.loc.start) : { line: 1, column: 1 };
  };
  const located = (e: GraphQLError) => (e.nodes ?? []).filter((n) => n.loc).map(locate);
  const sdl: DocumentNode = { kind: Kind.DOCUMENT, definitions: defs };
  const used = usages(defs);
  const unknown = new Set<string>();
  // A type that the document extends is defined by the rest of the schema (`extend type Product @key(…)`).
  const extended = new Set(defs.flatMap((d) => (BASE_OF[d.kind] && 'name' in d && d.name ? [d.name.value] : [])));
  for (const rule of specifiedSDLRules) {
    if (SKIPPED_RULES.has(rule.name)) continue;
    for (const e of validateSDL(sdl, undefined, [rule])) {
      if (FRAGMENT_EXTENSION.test(e.message)) continue;
      const node = e.nodes?.[0];
      if (rule.name === 'KnownTypeNamesRule' && node?.kind === Kind.NAMED_TYPE && extended.has(node.name.value)) continue;
      const usedBy = node?.kind === Kind.NAMED_TYPE ? used.get(node) : undefined;
      if (rule.name === 'KnownTypeNamesRule' && node?.kind === Kind.NAMED_TYPE) unknown.add(node.name.value);
      errors.push({ rule: rule.name, message: e.message, at: located(e), ...(usedBy ? { usedBy } : {}) });
    }
  }
  const standIns = new RegExp(`\\b(?:${[...unknown].join('|') || '(?!)'})\\b`);
  try {
    const schema = buildASTSchema(buildable(defs, unknown), { assumeValidSDL: true });
    for (const e of validateSchema(schema)) {
      // What a stand-in for an unknown type causes is the unknown type's finding, already reported.
      if (NO_QUERY_ROOT.test(e.message) || standIns.test(e.message) || located(e).length === 0) continue;
      // `type Order { ... }` shows no field because the design leaves them out.
      if (/must define one or more (?:fields|values)\.$/.test(e.message) && e.nodes?.some((n) => elided.has(n as DefinitionNode))) continue;
      errors.push({ rule: 'schema', message: e.message, at: located(e) });
    }
  } catch {
    // A schema that cannot be built even from the stand-ins: the SDL errors above say why.
  }
  return { blocks, errors, types: typesOf(defs, locate, elided) };
}
