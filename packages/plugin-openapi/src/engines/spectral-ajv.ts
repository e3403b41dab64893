type Validate = ((data: unknown) => boolean) & { errors?: unknown };
type Schema = Record<string, unknown>;
interface Ajv {
  compile(schema: Schema): Validate;
  removeSchema(schema: Schema): unknown;
  addSchema(schema: unknown): unknown;
}
type AjvClass = new (options: Record<string, unknown>) => Ajv;
/** What Spectral's schema function asks of the instances of one document. */
type Assign = (schema: Schema, dialect: string, allErrors: boolean) => Validate;
interface AjvModule {
  createAjvInstances: () => Assign;
}

// Keys that give a schema, or a part of it, a name that another schema can reference.
const IDENTIFIERS = new Set(['$id', 'id', '$anchor', '$dynamicAnchor', '$recursiveAnchor']);

/** True when a string-valued `$id`, `id` or anchor appears anywhere in `value` (bounded walk). */
function hasIdentifiers(value: unknown, budget = { nodes: 20_000 }): boolean {
  if (!value || typeof value !== 'object') return false;
  if (--budget.nodes < 0) return true;
  if (Array.isArray(value)) return value.some((v) => hasIdentifiers(v, budget));
  for (const [k, v] of Object.entries(value)) {
    if (IDENTIFIERS.has(k) && typeof v === 'string') return true;
    if (hasIdentifiers(v, budget)) return true;
  }
  return false;
}

let installed = false;

/**
 * Schemas of documents compiled on the shared instances before they are replaced. Ajv keeps every
 * validator it compiles in its instance's code scope for the life of the instance, whatever
 * `removeSchema` says: one instance for a whole batch kept every document's validators (776
 * validators, about 15 MB, after 500 designs, and growing with the batch).
 */
export const RECYCLE_AFTER = 200;

/**
 * Make Spectral's `schema` function share its Ajv instances across documents. Upstream, it builds
 * new instances for every document (each with formats, keywords and meta-schemas: about 20 ms)
 * because a schema's `$id` must not leak from one document into another. Here:
 * - the instances are built once per process, with the options Spectral gives them, and a schema
 *   object is compiled once per process (the ruleset's schemas are the same objects for every
 *   document);
 * - a schema without any identifier (`$id`, `id`, anchors) is compiled on a shared instance and
 *   removed from it at once (the validator stays usable), so nothing of one document stays
 *   registered for the next; the instances are replaced after {@link RECYCLE_AFTER} compiles, so
 *   that memory does not grow with the number of documents;
 * - a schema with an identifier goes, as upstream, to instances of its document's own.
 * Findings are the same as upstream's. When Spectral's module does not have the expected shape
 * (another version), nothing is changed.
 */
export function shareSpectralAjv(fromFunctions: (id: string) => unknown): void {
  if (installed) return;
  installed = true;
  let mod: AjvModule;
  try {
    mod = fromFunctions('./schema/ajv.js') as AjvModule;
    if (typeof mod?.createAjvInstances !== 'function') return;
  } catch {
    return;
  }
  const upstream = mod.createAjvInstances;
  const def = <T>(m: unknown): T => ((m as { default?: T }).default ?? (m as T));
  const classes: Record<string, AjvClass> = {
    auto: def(fromFunctions('ajv')),
    draft4: def(fromFunctions('ajv-draft-04')),
    'draft2019-09': def(fromFunctions('ajv/dist/2019')),
    'draft2020-12': def(fromFunctions('ajv/dist/2020')),
  };
  const addFormats = def<(ajv: Ajv) => void>(fromFunctions('ajv-formats'));
  const addErrors = def<(ajv: Ajv) => void>(fromFunctions('ajv-errors'));
  const metaSchemas = [fromFunctions('./schema/draft4.json'), fromFunctions('ajv/dist/refs/json-schema-draft-06.json')];
  const logger = {
    warn(...args: unknown[]) {
      if (typeof args[0] === 'string' && !args[0].startsWith('unknown format')) console.warn(...args);
    },
    log: console.log,
    error: console.error,
  };
  // The same instances as Spectral's createAjvInstance, built on first use.
  const shared = new Map<string, Ajv>();
  const instance = (dialect: string, allErrors: boolean): Ajv => {
    const name = dialect in classes ? dialect : 'auto';
    const key = `${name}|${allErrors}`;
    let ajv = shared.get(key);
    if (!ajv) {
      const Ajv = classes[name];
      ajv = new Ajv({ allErrors, meta: true, messages: true, strict: false, allowUnionTypes: true, logger, unicodeRegExp: false });
      addFormats(ajv);
      if (allErrors) addErrors(ajv);
      if (name === 'auto') for (const m of metaSchemas) ajv.addSchema(m);
      shared.set(key, ajv);
    }
    return ajv;
  };
  // Validators by schema object, for the whole process: the ruleset's schemas are the same objects
  // for every document, so each is compiled once; a document's own schemas are new objects.
  const compiled = new Map<string, WeakMap<Schema, Validate>>();
  let compiles = 0;
  mod.createAjvInstances = () => {
    let own: Assign | undefined;
    return (schema, dialect, allErrors) => {
      if (hasIdentifiers(schema)) return (own ??= upstream())(schema, dialect, allErrors);
      const key = `${dialect in classes ? dialect : 'auto'}|${allErrors}`;
      let validate = compiled.get(key)?.get(schema);
      if (!validate) {
        if (++compiles > RECYCLE_AFTER) {
          // New instances, and the ruleset's schemas compiled again on them: a validator holds its
          // instance, so one kept from the old instances would keep all they compiled.
          compiles = 1;
          shared.clear();
          compiled.clear();
        }
        let byKey = compiled.get(key);
        if (!byKey) compiled.set(key, (byKey = new WeakMap()));
        const ajv = instance(dialect, allErrors);
        try {
          validate = ajv.compile(schema);
        } finally {
          ajv.removeSchema(schema);
        }
        byKey.set(schema, validate);
      }
      return validate;
    };
  };
}
