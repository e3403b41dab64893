/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = Array<string | number>;
