import { createRequire } from 'node:module';
import type { Ajv as AjvType, ErrorObject, ValidateFunction } from 'ajv';
import type { JSONSchema } from '../types.js';

/** A configuration problem; the CLI prints `message` and exits 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly key?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
  }
}

let ajv: AjvType | undefined;
/** Ajv, loaded on the first validation: a run without a config file or rule options never needs it. */
function validator(): AjvType {
  if (!ajv) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  }
  return ajv;
}
const compiled = new WeakMap<object, ValidateFunction>();

function keyOf(path: string): string {
  return path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function describe(e: ErrorObject, prefix: string): { key: string; text: string } {
  const key = [prefix, keyOf(e.instancePath)].filter(Boolean).join('.');
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys((e.parentSchema?.properties as object) ?? {}).filter((k) => k !== '$schema');
    const full = key ? `${key}.${extra}` : extra;
    return { key: full, text: `unknown key "${full}"${allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ''}` };
  }
  if (e.keyword === 'enum') {
    const values = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v));
    return { key, text: `"${key}" must be one of ${values.join(', ')}` };
  }
  if (e.keyword === 'anyOf' && /rules\./.test(key)) {
    return { key, text: `"${key}" must be "off", "info", "warn", "error" or [severity, options]` };
  }
  return { key, text: `"${key || '(root)'}" ${e.message ?? 'is invalid'}` };
}

/**
 * Validate `value` against `schema`; throw a ConfigError naming the first wrong key and `file`.
 * `prefix` is the key path of `value` inside the config (`rules.openapi/x`).
 */
export function validateAgainst(schema: JSONSchema, value: unknown, file: string | undefined, prefix = ''): void {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = validator().compile(schema);
    compiled.set(schema, fn);
  }
  if (fn(value)) return;
  const errors = fn.errors ?? [];
  // Prefer the most specific error: unknown keys first, then the deepest path.
  const pick =
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors.find((e) => e.keyword === 'anyOf') ??
    [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  const { key, text } = describe(pick, prefix);
  throw new ConfigError(text, file, key);
}
