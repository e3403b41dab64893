import type TS from 'typescript';
import { ts } from './ts.js';
import type { TsBlock, TsDeclaration, TsEnumMember, TsProperty } from '../types.js';
import { rangeAt } from './locate.js';
import { describeType } from './describe.js';

/** Every name declared at the top level of the blocks (types, classes, functions, values). */
export function topLevelNames(sources: TS.SourceFile[]): string[] {
  const out = new Set<string>();
  for (const sf of sources) {
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
      } else if (ts.isModuleDeclaration(st) && st.flags & ts.NodeFlags.GlobalAugmentation) {
        continue;
      } else if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st) || ts.isClassDeclaration(st) || ts.isFunctionDeclaration(st) || ts.isModuleDeclaration(st)) && st.name && ts.isIdentifier(st.name)) {
        out.add(st.name.text);
      }
    }
  }
  return [...out];
}

function isExported(node: TS.Node): boolean {
  return (ts.getCombinedModifierFlags(node as TS.Declaration) & ts.ModifierFlags.Export) !== 0;
}

/** The properties of an object type, each located where a block declares it. */
function propertiesOf(checker: TS.TypeChecker, type: TS.Type, byFile: Map<string, TsBlock>, declared: Set<string>): TsProperty[] {
  const out: TsProperty[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (!decl || ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl)) continue;
    const block = byFile.get(decl.getSourceFile().fileName);
    if (!block) continue;
    const nameNode = ts.getNameOfDeclaration(decl) ?? decl;
    const propType = checker.getTypeOfSymbol(prop);
    const written = (decl as TS.PropertySignature).type;
    const owner = decl.parent && (ts.isInterfaceDeclaration(decl.parent) || ts.isClassDeclaration(decl.parent)) && decl.parent.name ? decl.parent.name.text : ts.isTypeLiteralNode(decl.parent) && ts.isTypeAliasDeclaration(decl.parent.parent) ? decl.parent.parent.name.text : '';
    const union = propType.isUnion() ? propType.types : [propType];
    out.push({
      name: prop.name,
      type: describeType(checker, propType, written, declared),
      optional: (prop.flags & ts.SymbolFlags.Optional) !== 0 || union.some((t) => (t.flags & ts.TypeFlags.Undefined) !== 0),
      nullable: union.some((t) => (t.flags & ts.TypeFlags.Null) !== 0),
      readonly: (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Readonly) !== 0,
      declaredIn: owner,
      at: rangeAt(block, nameNode.getStart(), nameNode.getEnd() - nameNode.getStart()),
    });
  }
  return out;
}

function isObjectLike(type: TS.Type): boolean {
  if (type.flags & ts.TypeFlags.Object) return true;
  return type.isIntersection() && type.types.every(isObjectLike);
}

/** The interfaces, type aliases and enums declared at the top level of the blocks. */
export function declarationsOf(checker: TS.TypeChecker, sources: TS.SourceFile[], byFile: Map<string, TsBlock>, declared: Set<string>): TsDeclaration[] {
  const out: TsDeclaration[] = [];
  for (const sf of sources) {
    const block = byFile.get(sf.fileName)!;
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st) && !ts.isTypeAliasDeclaration(st) && !ts.isEnumDeclaration(st)) continue;
      const name = st.name;
      const base = {
        name: name.text,
        block: block.index,
        at: rangeAt(block, name.getStart(), name.getEnd() - name.getStart()),
        exported: isExported(st),
        generic: !ts.isEnumDeclaration(st) && !!st.typeParameters?.length,
      };
      if (ts.isInterfaceDeclaration(st)) {
        const type = checker.getTypeAtLocation(name);
        out.push({ ...base, kind: 'interface', properties: propertiesOf(checker, type, byFile, declared) });
      } else if (ts.isTypeAliasDeclaration(st)) {
        const type = checker.getTypeAtLocation(name);
        const properties = isObjectLike(type) && !base.generic ? propertiesOf(checker, type, byFile, declared) : [];
        out.push({ ...base, kind: 'type', properties, type: describeType(checker, type, st.type, declared) });
      } else {
        const members: TsEnumMember[] = st.members.map((m) => {
          const value = checker.getConstantValue(m);
          return { name: m.name.getText(), ...(value !== undefined ? { value } : {}), at: rangeAt(block, m.name.getStart(), m.name.getEnd() - m.name.getStart()) };
        });
        out.push({ ...base, kind: 'enum', properties: [], members, type: describeType(checker, checker.getTypeAtLocation(name), undefined, declared) });
      }
    }
  }
  return out;
}
