import type { CodeBlock, Location } from '@design-check/core';

/** A problem that graphql-js reports, with every node it names located in the markdown. */
export interface GraphqlError {
  /**
   * What found it: `syntax` (the parser), the name of a graphql-js SDL validation rule
   * (`KnownTypeNamesRule`), or `schema` (`validateSchema` of the built schema).
   */
  rule: string;
  /** graphql-js's message, as it words it. */
  message: string;
  /** Where: the nodes the error names, in graphql-js's order (the later one is usually the offender). */
  at: Location[];
  /** For an unknown type: the field, argument or list that uses it (`Order.total`, `Query.order(id:)`). */
  usedBy?: string;
}

/** A field of a GraphQL object, interface or input type. */
export interface GraphqlField {
  name: string;
  /** The type as written: `[LineItem!]!`. */
  type: string;
  /** True unless the type is non-null (`!`) at its top. */
  nullable: boolean;
  /** True when the type is a list, at its top (`[LineItem!]!`). */
  list: boolean;
  /** How many arguments the field takes. */
  args: number;
  /** The field's name in the markdown. */
  at: Location;
}

/** An object, interface or input object type of the schema, its extensions merged in. */
export interface GraphqlType {
  name: string;
  kind: 'type' | 'interface' | 'input';
  /** The type's name in the markdown (its first definition, else its first extension). */
  at: Location;
  fields: GraphqlField[];
  /** True when a definition of the type leaves fields out (`...`): only the fields shown are known. */
  elided: boolean;
  /** True when the document only extends the type (`extend type Product`): the rest of the schema defines it. */
  extended: boolean;
}

/** The GraphQL blocks of a document, read as one schema. */
export interface GraphqlModel {
  /** The blocks that take part (not those fenced `schema=false`). */
  blocks: CodeBlock[];
  /** Set when the blocks together exceed the size limit: nothing else is filled in. */
  tooLarge?: { bytes: number; limit: number };
  /** Parse and validation errors, in document order of their first location. */
  errors: GraphqlError[];
  /** The object, interface and input types that the blocks define. */
  types: GraphqlType[];
}
