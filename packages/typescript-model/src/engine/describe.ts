import type TS from 'typescript';
import { ts } from './ts.js';
import type { TsType } from '../types.js';

const F = ts.TypeFlags;
const NAMED = ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.TypeAlias;

function unwrap(node: TS.TypeNode | undefined): TS.TypeNode | undefined {
  let n = node;
  while (n && (ts.isParenthesizedTypeNode(n) || (ts.isTypeOperatorNode(n) && n.operator === ts.SyntaxKind.ReadonlyKeyword))) n = n.type;
  return n;
}

function isNullish(node: TS.TypeNode): boolean {
  return node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);
}

/** The written type without its `| null` / `| undefined` members, when one member is left. */
function withoutNullish(node: TS.TypeNode | undefined): TS.TypeNode | undefined {
  const n = unwrap(node);
  if (!n || !ts.isUnionTypeNode(n)) return n;
  const rest = n.types.filter((t) => !isNullish(t));
  return rest.length === 1 ? unwrap(rest[0]) : n;
}

function literalOf(t: TS.Type): string | number | boolean | undefined {
  if (t.isStringLiteral() || t.isNumberLiteral()) return t.value;
  if (t.flags & F.BooleanLiteral) return (t as unknown as { intrinsicName: string }).intrinsicName === 'true';
  return undefined;
}

function kindOf(checker: TS.TypeChecker, t: TS.Type): TsType['kind'] {
  if (t.flags & (F.String | F.StringLiteral | F.TemplateLiteral | F.StringMapping)) return 'string';
  if (t.flags & (F.Number | F.NumberLiteral)) return 'number';
  if (t.flags & (F.Boolean | F.BooleanLiteral)) return 'boolean';
  if (t.flags & (F.BigInt | F.BigIntLiteral)) return 'bigint';
  if (t.flags & F.Null) return 'null';
  if (t.flags & (F.Undefined | F.Void)) return 'undefined';
  if (t.flags & F.Any) return 'any';
  if (t.flags & F.Unknown) return 'unknown';
  if (t.flags & F.Never) return 'never';
  if (t.flags & F.EnumLiteral && t.isUnion()) return kindOf(checker, t.types[0]);
  if (checker.isArrayType(t)) return 'array';
  if (checker.isTupleType(t)) return 'tuple';
  if (t.isIntersection()) {
    // A branded primitive (`string & { __brand: 'Id' }`) is that primitive.
    const primitive = t.types.map((m) => kindOf(checker, m)).find((k) => k !== 'object');
    return primitive ?? 'object';
  }
  if (t.flags & F.Object) return t.getCallSignatures().length > 0 && t.getProperties().length === 0 ? 'function' : 'object';
  if (t.flags & F.NonPrimitive) return 'object';
  return 'other';
}

function nameOf(t: TS.Type, node: TS.TypeNode | undefined): string | undefined {
  if (node && ts.isTypeReferenceNode(node)) return node.typeName.getText();
  if (node) return undefined;
  const symbol = t.aliasSymbol ?? t.getSymbol();
  return symbol && symbol.flags & NAMED ? symbol.getName() : undefined;
}

/**
 * Describe a type as plain data: what is written (`text`, `name`) and what the checker resolved
 * it to once `null` and `undefined` are taken out (`kind`, `literals`, `items`, `members`).
 */
export function describeType(checker: TS.TypeChecker, type: TS.Type, written: TS.TypeNode | undefined, declared: Set<string>, depth = 0): TsType {
  const node = withoutNullish(written);
  const text = node ? node.getText() : checker.typeToString(type);
  const all = type.isUnion() ? type.types : [type];
  const rest = all.filter((t) => !(t.flags & (F.Null | F.Undefined | F.Void)));
  const name = nameOf(type, node);
  const out: TsType = { text, kind: 'other', ...(name ? { name, declared: declared.has(name.split('.')[0]) } : {}) };
  if (rest.length === 0) return { ...out, kind: all.some((t) => t.flags & F.Null) ? 'null' : 'undefined' };
  const literals = rest.map(literalOf);
  if (literals.every((l) => l !== undefined)) {
    const kinds = new Set(rest.map((t) => kindOf(checker, t)));
    const only = kinds.size === 1 ? [...kinds][0] : 'union';
    // `boolean` is `true | false`: a boolean, not a literal union.
    if (only === 'boolean' && literals.length === 2) return { ...out, kind: 'boolean' };
    return { ...out, kind: only, literals: literals as Array<string | number | boolean> };
  }
  if (rest.length > 1) {
    const kinds = new Set(rest.map((t) => kindOf(checker, t)));
    if (kinds.size === 1 && !kinds.has('array')) return { ...out, kind: [...kinds][0] };
    if (kinds.size === 1 && kinds.has('boolean')) return { ...out, kind: 'boolean' };
    const members = depth < 4 ? rest.map((t) => describeType(checker, t, undefined, declared, depth + 1)) : [];
    return { ...out, kind: 'union', members };
  }
  const single = rest[0];
  const kind = kindOf(checker, single);
  if (kind === 'array' && depth < 4) {
    const itemNode = node && ts.isArrayTypeNode(node) ? node.elementType : node && ts.isTypeReferenceNode(node) ? node.typeArguments?.[0] : undefined;
    const itemType = checker.getTypeArguments(single as TS.TypeReference)[0];
    if (itemType) return { ...out, kind, items: describeType(checker, itemType, itemNode, declared, depth + 1) };
  }
  return { ...out, kind };
}
