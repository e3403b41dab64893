import { getAt, isObj, type JsonPath, inLiteral } from '@design-check/openapi-model';
import type { EngineFinding } from './common.js';

interface Noise {
  source: string;
  /** Only noise when this holds for the merged description. */
  when?: (description: Record<string, unknown>) => boolean;
  /** Only noise when the message matches. */
  message?: RegExp;
}

const noTopLevelTags = (d: Record<string, unknown>) => !Array.isArray(d.tags);

/**
 * Findings that say only that the document holds fragments, not a whole description:
 * `info` is synthesised, `servers` and top-level security live elsewhere in the design, and
 * components may serve events or other fragments. A project config that names one of these
 * rules turns it back on.
 */
const NOISE: Noise[] = [
  { source: 'spectral:info-contact' },
  { source: 'spectral:info-description' },
  { source: 'spectral:info-license' },
  { source: 'spectral:license-url' },
  { source: 'spectral:contact-properties' },
  { source: 'spectral:oas3-api-servers' },
  { source: 'spectral:openapi-tags' },
  { source: 'spectral:oas3-unused-component' },
  { source: 'spectral:operation-tag-defined', when: noTopLevelTags },
  { source: 'redocly:info-contact' },
  { source: 'redocly:info-license' },
  { source: 'redocly:info-license-url' },
  { source: 'redocly:info-license-strict' },
  { source: 'redocly:no-empty-servers' },
  { source: 'redocly:no-unused-components' },
  { source: 'redocly:security-defined', message: /should have security defined/ },
  { source: 'redocly:operation-tag-defined', when: noTopLevelTags },
];

/**
 * The engine rules that are always fragment noise, turned off in the engine config unless the
 * project config names them (which also saves time: Spectral's unused-component check is half
 * of its run).
 */
export function noiseRulesOff(engine: 'spectral' | 'redocly', named: Set<string>, exists: (code: string) => boolean): Record<string, 'off'> {
  const out: Record<string, 'off'> = {};
  for (const n of NOISE) {
    const [e, code] = n.source.split(':');
    if (e === engine && !n.when && !n.message && !named.has(code) && exists(code)) out[code] = 'off';
  }
  return out;
}

// Engine rules about references: a `$ref` key inside an example, default, enum or const is data.
const REF_RULES = new Set(['redocly:no-unresolved-refs', 'redocly:spec-ref-siblings', 'redocly:no-ref-siblings', 'spectral:invalid-ref', 'spectral:no-$ref-siblings']);

/**
 * Place an engine's finding about a reference on its `$ref` key: Redocly reports
 * `no-unresolved-refs` on the object that holds the `$ref`, Spectral `invalid-ref` on the
 * `$ref` itself; on one line, one typo is reported once (by Redocly, see `redoclyEquivalents`).
 */
export function onRefKey(f: EngineFinding, description: Record<string, unknown>): EngineFinding {
  if (!REF_RULES.has(f.source) || f.path[f.path.length - 1] === '$ref') return f;
  const holder = getAt(description, f.path);
  return isObj(holder) && typeof holder.$ref === 'string' ? { ...f, path: [...f.path, '$ref'] } : f;
}

/**
 * Engine findings that are wrong about a valid description, whatever the config says:
 * - a `$ref` key inside literal data (an example value) is not a reference;
 * - Spectral validates OpenAPI 3.1 against a schema that does not allow a Path Item `$ref`
 *   (`/a: {$ref: '#/components/pathItems/A'}`), which 3.1 allows; Redocly checks the real
 *   content of the path item.
 */
export function isFalsePositive(f: EngineFinding, description: Record<string, unknown>): boolean {
  if (REF_RULES.has(f.source) && inLiteral(description, f.path)) return true;
  if (f.source === 'spectral:oas3-schema' && /unevaluated properties/.test(f.message) && f.path.length === 2 && (f.path[0] === 'paths' || f.path[0] === 'webhooks')) {
    const item = getAt(description, f.path);
    return isObj(item) && typeof item.$ref === 'string';
  }
  return false;
}

/** True when a finding is fragment-only noise that the project config does not ask for, or a false positive. */
export function isNoise(f: EngineFinding, description: Record<string, unknown>, named: Set<string>): boolean {
  if (isFalsePositive(f, description)) return true;
  if (named.has(f.code)) return false;
  return NOISE.some((n) => n.source === f.source && (!n.when || n.when(description)) && (!n.message || n.message.test(f.message)));
}

/** The own rules that judge a kind of problem that the engines also report. */
export type OwnProblem = 'unresolved-ref' | 'external-ref' | 'operation-id-unique' | 'path-params-declared' | 'response-description';

/** A finding on `$ref: #/…` (a `$ref` whose value YAML read as a comment). */
function emptyRef(f: EngineFinding, description: Record<string, unknown>): boolean {
  return f.path[f.path.length - 1] === '$ref' && getAt(description, f.path) === null;
}

function isResponse(path: JsonPath): boolean {
  return path.length >= 2 && path[path.length - 2] === 'responses';
}

/**
 * Which own rule, if any, judges the problem an engine reports. When that rule is on, the
 * engine finding is dropped: the own rule words it better and places it on the right line.
 */
export function ownProblemOf(f: EngineFinding, description: Record<string, unknown>): OwnProblem | undefined {
  switch (f.source) {
    case 'redocly:no-unresolved-refs':
    case 'spectral:invalid-ref': {
      const holder = f.path[f.path.length - 1] === '$ref' ? f.path.slice(0, -1) : f.path;
      const node = getAt(description, holder);
      const ref = isObj(node) ? node.$ref : undefined;
      return typeof ref === 'string' && !ref.startsWith('#') ? 'external-ref' : 'unresolved-ref';
    }
    case 'redocly:operation-operationId-unique':
    case 'spectral:operation-operationId-unique':
      return 'operation-id-unique';
    case 'redocly:path-parameters-defined':
    case 'spectral:path-params':
      return /does not define the path parameter|is not used in the path|must define parameter|must be used in path/.test(f.message)
        ? 'path-params-declared'
        : undefined;
    case 'redocly:struct':
      if (emptyRef(f, description)) return 'unresolved-ref';
      return isResponse(f.path) && /`description` must be present/.test(f.message) ? 'response-description' : undefined;
    case 'spectral:oas3-schema':
      if (emptyRef(f, description)) return 'unresolved-ref';
      return isResponse(f.path) && /required property "description"/.test(f.message) ? 'response-description' : undefined;
    default:
      return undefined;
  }
}

/** Spectral codes and the Redocly rules that report the same problem. */
const SAME: Record<string, string[]> = {
  'oas3-schema': ['struct', 'spec', 'spec-version'],
  'unrecognized-format': ['spec-version'],
  'oas2-schema': ['struct', 'spec'],
  'invalid-ref': ['no-unresolved-refs'],
  'operation-operationId-unique': ['operation-operationId-unique'],
  'operation-operationId': ['operation-operationId'],
  'operation-operationId-valid-in-url': ['operation-operationId-url-safe'],
  'operation-success-response': ['operation-2xx-response'],
  'operation-parameters': ['operation-parameters-unique'],
  'operation-tag-defined': ['operation-tag-defined'],
  'operation-description': ['operation-description'],
  'operation-singular-tag': ['operation-singular-tag'],
  'path-params': ['path-parameters-defined', 'path-params-defined', 'no-identical-paths'],
  'path-declarations-must-exist': ['path-declaration-must-exist'],
  'path-keys-no-trailing-slash': ['no-path-trailing-slash'],
  'path-not-include-query': ['path-not-include-query'],
  'oas3-server-trailing-slash': ['no-server-trailing-slash'],
  'oas3-server-not-example.com': ['no-server-example.com'],
  'oas3-server-variables': ['no-undefined-server-variable', 'no-server-variables-empty-enum'],
  'oas3-unused-component': ['no-unused-components'],
  'oas3-valid-media-example': ['no-invalid-media-type-examples'],
  'oas3-valid-schema-example': ['no-invalid-schema-examples'],
  'oas3-examples-value-or-externalValue': ['no-example-value-and-externalValue'],
  'oas3-operation-security-defined': ['security-defined'],
  'duplicated-entry-in-enum': ['no-duplicated-enum-values'],
  'typed-enum': ['no-enum-type-mismatch'],
  'no-$ref-siblings': ['spec-ref-siblings', 'no-ref-siblings'],
  'openapi-tags-uniqueness': ['no-duplicated-tag-names'],
  'openapi-tags-alphabetical': ['tags-alphabetical'],
  'tag-description': ['tag-description'],
  'no-eval-in-markdown': ['no-unsafe-markdown'],
  'no-script-tags-in-markdown': ['no-unsafe-markdown'],
  'info-contact': ['info-contact'],
  'info-license': ['info-license'],
  'license-url': ['info-license-url', 'info-license-strict'],
  'oas3-parameter-description': ['parameter-description'],
};

/** The Redocly rule ids that report what a Spectral code reports. */
export function redoclyEquivalents(spectralCode: string): string[] {
  return SAME[spectralCode] ?? [];
}

/**
 * The engine's message, with a hint when the problem is the 3.0/3.1 difference in writing a
 * nullable type (the engines only say that the keyword or the value is not allowed).
 */
export function withHint(f: EngineFinding, description: Record<string, unknown>): string {
  const version = String(description.openapi ?? '');
  const last = f.path[f.path.length - 1];
  const ref = f.code === 'no-unresolved-refs' && last === '$ref' ? getAt(description, f.path) : undefined;
  if (typeof ref === 'string' && /^Can't resolve \$ref\.?$/.test(f.message)) return `Can't resolve $ref '${ref}'`;
  if (f.code !== 'struct' && f.code !== 'oas3-schema') return f.message;
  if (last === 'nullable' && version.startsWith('3.1') && /not expected/.test(f.message)) {
    return `${f.message} \`nullable\` is OpenAPI 3.0; in 3.1 add 'null' to the type instead: \`type: [string, 'null']\`.`;
  }
  if (last === 'type' && version.startsWith('3.0') && Array.isArray(getAt(description, f.path))) {
    return `${f.message} A list of types is OpenAPI 3.1; in 3.0 write one type and \`nullable: true\`, or declare \`openapi: 3.1.0\`.`;
  }
  return f.message;
}

const SCHEMA_STRUCTURE = new Set(['redocly:struct', 'spectral:oas3-schema']);

/**
 * Drop an engine's example findings that are about the schema rather than the example: the
 * validation could not run because a `$ref` of the schema is external or missing (reported by
 * `openapi/external-ref` and `openapi/unresolved-ref`), or because the schema itself is invalid
 * while that engine reports the schema's problem on its own line. They would repeat one defect
 * on another line (and name design-check's virtual file).
 */
export function withoutCascades(findings: EngineFinding[]): EngineFinding[] {
  const schemaBroken = findings.some((f) => SCHEMA_STRUCTURE.has(f.source));
  return findings.filter((f) => {
    const errored = (f.code === 'no-invalid-media-type-examples' || f.code === 'no-invalid-schema-examples') && /^Example validation errored/.test(f.message);
    const invalidSchema = (f.code === 'oas3-valid-media-example' || f.code === 'oas3-valid-schema-example') && /^schema is invalid/.test(f.message);
    if (!errored && !invalidSchema) return true;
    if (/can't resolve reference|can't resolve \$ref|does not read external|missing ref|\$ref/i.test(f.message)) return false;
    return !schemaBroken;
  });
}
