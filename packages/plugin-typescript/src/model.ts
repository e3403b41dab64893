import { hasTypeScript, typeScriptModelOf, type TsDiagnostic } from '@design-check/typescript-model';

/** The shared TypeScript model of the document a rule is checking (compiled once per document). */
export const modelOf = typeScriptModelOf;

/** `appliesTo` of the compile rules: only documents with a TypeScript block. */
export const appliesTo = hasTypeScript;

/** The engine id of a TypeScript diagnostic, which config can set on its own: `typescript:TS2304`. */
export function sourceOf(d: TsDiagnostic): string {
  return `typescript:TS${d.code}`;
}

/** TypeScript's message with the rest of its chain, where the chain says more. */
export function wording(d: TsDiagnostic): string {
  return [d.message, ...d.chain.slice(0, 3)].join('; ');
}
