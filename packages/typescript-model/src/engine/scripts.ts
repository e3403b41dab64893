import type TS from 'typescript';
import { ts } from './ts.js';

/**
 * True when a block can only be read as a module: it augments the global scope (`declare
 * global`), exports a value (`export default …`, `export = …`) or exports under another name.
 */
export function needsModule(sf: TS.SourceFile): boolean {
  return sf.statements.some(
    (s) =>
      (ts.isModuleDeclaration(s) && (s.flags & ts.NodeFlags.GlobalAugmentation) !== 0) ||
      ts.isExportAssignment(s) ||
      (ts.isExportDeclaration(s) && !s.moduleSpecifier && !!s.exportClause && (!ts.isNamedExports(s.exportClause) || s.exportClause.elements.some((e) => e.propertyName))),
  );
}

/**
 * The text of a block read as a global script: `export { A, B };` and `export {};` say what a
 * module would export, which in a script every block sees already, so they are blanked (with
 * spaces, keeping every position). A block that renames is a module (see {@link needsModule}).
 */
export function scriptText(sf: TS.SourceFile): string {
  let text = sf.text;
  for (const s of sf.statements) {
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier) continue;
    const start = s.getStart(sf);
    text = text.slice(0, start) + text.slice(start, s.end).replace(/[^\n]/g, ' ') + text.slice(s.end);
  }
  return text;
}
