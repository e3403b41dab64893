import type { CodeBlock, Location } from '@design-check/core';

/** One TypeScript block of the document, as the program sees it. */
export interface TsBlock {
  /** Position among the compiled blocks. */
  index: number;
  block: CodeBlock;
  /** The virtual file the program holds it in (`/design/block-1.ts`); never a real path. */
  fileName: string;
  /**
   * Names that an `import` may use for this block: the file or package it names in the fence
   * (`title="money.ts"`) or in its first comment line (`// contracts/money.ts`).
   */
  moduleNames: string[];
}

/** A compiler diagnostic, located in the markdown. */
export interface TsDiagnostic {
  /** TypeScript's code: 2304 for "Cannot find name". */
  code: number;
  /** `syntax`: the block does not parse; `semantic`: it parses but does not type-check. */
  kind: 'syntax' | 'semantic';
  /** The first line of TypeScript's message, without the closing full stop. */
  message: string;
  /** The rest of TypeScript's message chain, most general first. */
  chain: string[];
  /** Index into `blocks`. */
  block: number;
  at: Location;
  /** Where TypeScript points too ("'id' was also declared here"), when that is in a block. */
  related: Array<{ message: string; at: Location }>;
  /** For code 2307 (no such module): the module specifier as written. */
  module?: string;
}

/** A type as written in a declaration, with what the checker resolved it to. */
export interface TsType {
  /** The type as written (or as TypeScript prints it when nothing was written). */
  text: string;
  /**
   * What the type is once `null` and `undefined` are taken out: a primitive, a literal union
   * (`kind` of its members, with `literals`), an array, an object, or a union of several kinds.
   */
  kind: 'string' | 'number' | 'boolean' | 'bigint' | 'null' | 'undefined' | 'array' | 'tuple' | 'object' | 'function' | 'union' | 'any' | 'unknown' | 'never' | 'other';
  /** The name the type is written with (`Money`, `Date`, `Record`), when it is a named type. */
  name?: string;
  /** True when `name` is a type declared in the document's blocks. */
  declared?: boolean;
  /** The members of a union of literals or of an enum (`'pending' | 'failed'`). */
  literals?: Array<string | number | boolean>;
  /** The item type of an array. */
  items?: TsType;
  /** The kinds of a union of several kinds (`string | number`). */
  members?: TsType[];
}

/** A property of an interface or object type. */
export interface TsProperty {
  name: string;
  type: TsType;
  /** Written `name?:`, or its type admits `undefined`. */
  optional: boolean;
  /** Its type admits `null`. */
  nullable: boolean;
  readonly: boolean;
  /** The declaration that writes the property (another one for an inherited property). */
  declaredIn: string;
  /** The property's name in the markdown. */
  at: Location;
}

/** A member of an enum. */
export interface TsEnumMember {
  name: string;
  value?: string | number;
  at: Location;
}

/** An interface, type alias or enum declared at the top level of a block. */
export interface TsDeclaration {
  name: string;
  kind: 'interface' | 'type' | 'enum';
  /** Index into `blocks`. */
  block: number;
  /** The declaration's name in the markdown. */
  at: Location;
  exported: boolean;
  /** True when the declaration has type parameters (`Page<T>`). */
  generic: boolean;
  /** Every property, inherited ones included (empty for a type that is not an object). */
  properties: TsProperty[];
  /** The aliased type of a type alias; for an enum, its members as a literal union. */
  type?: TsType;
  /** The members of an enum. */
  members?: TsEnumMember[];
}

/** What the compile of one document's TypeScript blocks gives. */
export interface TypeScriptModel {
  blocks: TsBlock[];
  diagnostics: TsDiagnostic[];
  declarations: TsDeclaration[];
  /** Every name declared at the top level of a block (types, classes, functions, values). */
  names: string[];
  /** Set when the blocks were too large to compile: nothing else is filled in. */
  tooLarge?: { bytes: number; limit: number };
  /** Set when the compiler ran past `settings.typescript.timeoutMs` and was stopped: nothing else is filled in. */
  timedOut?: { ms: number };
  /** Set when the compiler ran past the engine thread's memory and was stopped: nothing else is filled in. */
  outOfMemory?: { mb: number };
  /** Set when the blocks nest too deeply for the compiler (it ran out of stack): nothing else is filled in. */
  tooDeep?: { block: number };
}
