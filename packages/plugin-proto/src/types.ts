import type { CodeBlock, Location } from '@design-check/core';

/** Where something is in a proto block: offsets into the block's text, `[start, end)`. */
export interface Site {
  start: number;
  end: number;
}

/** A message, enum or service declaration of a block. */
export interface DeclSite extends Site {
  kind: 'message' | 'enum' | 'service';
  name: string;
  /** The names of the enclosing messages and this one, within the package: `['Order', 'Item']`. */
  path: string[];
  /** The declaration's name. */
  nameAt: Site;
}

/** A field of a message (or of an `extend` block). */
export interface FieldSite extends Site {
  /** The path of the message it belongs to; for a field of an `extend`, the scope the `extend` is in. */
  container: string[];
  /** Set for a field of `extend <type>`. */
  extend?: string;
  name: string;
  nameAt: Site;
  /** The type as written (the value type of a map). */
  type: string;
  typeAt: Site;
  label?: 'optional' | 'required' | 'repeated';
  map: boolean;
  number?: number;
  numberAt?: Site;
  oneof?: string;
  /** The `json_name` option, when written. */
  jsonName?: string;
}

/** A value of an enum. */
export interface EnumValueSite extends Site {
  container: string[];
  name: string;
  nameAt: Site;
  number?: number;
  numberAt?: Site;
}

/** A `reserved` statement: numbers, ranges (`to max` as 536870911) and names. */
export interface ReservedSite extends Site {
  container: string[];
  ranges: Array<[number, number]>;
  names: string[];
}

/** An rpc of a service. */
export interface RpcSite extends Site {
  container: string[];
  name: string;
  nameAt: Site;
  request?: { type: string; at: Site };
  response?: { type: string; at: Site };
}

/** A oneof of a message. */
export interface OneofSite extends Site {
  container: string[];
  name: string;
  nameAt: Site;
}

/** What a proto block declares, with the place of each thing in the block. */
export interface Outline {
  syntax?: { value: string; at: Site };
  package?: { name: string; at: Site };
  imports: string[];
  /** Each import with the place of its path. */
  importSites: Array<{ path: string; at: Site }>;
  decls: DeclSite[];
  fields: FieldSite[];
  oneofs: OneofSite[];
  enumValues: EnumValueSite[];
  reserved: ReservedSite[];
  rpcs: RpcSite[];
  /** Set for a block of bare rpcs (`service`) or bare fields (`message`), read inside a synthetic one. */
  fragment?: 'service' | 'message';
}

/** A problem that protobufjs or the plugin's checks find, located in the markdown. */
export interface ProtoProblem {
  kind:
    | 'syntax'
    | 'engine'
    | 'importPath'
    | 'duplicate'
    | 'unknownType'
    | 'numberReused'
    | 'numberReserved'
    | 'nameReserved'
    | 'numberImplementation'
    | 'numberRange'
    | 'enumNumberReused'
    | 'enumNumberReserved'
    | 'enumNameReserved'
    | 'enumFirstNotZero';
  /** The data of the message: names, numbers, protobufjs's own words for `syntax` and `engine`. */
  data: Record<string, string | number>;
  at: Location;
  /** The first definition, the `reserved` statement, … */
  related?: Location;
}

/** A message of the document's proto blocks, for comparison with the shared types. */
export interface ProtoMessage {
  /** The name within the package: `Order` or `Order.Item`. */
  name: string;
  at: Location;
  /** True when the design leaves part of the message out (`...`): only the fields shown are known. */
  elided: boolean;
  fields: Array<{ name: string; jsonName: string; oneof?: string; repeated: boolean; map: boolean; at: Location }>;
  oneofs: Array<{ name: string; at: Location }>;
}

/** The proto blocks of a document, read as one set of files with protobufjs. */
export interface ProtoModel {
  blocks: CodeBlock[];
  /** Set when the blocks together exceed the size limit: nothing else is filled in. */
  tooLarge?: { bytes: number; limit: number };
  problems: ProtoProblem[];
  messages: ProtoMessage[];
}
