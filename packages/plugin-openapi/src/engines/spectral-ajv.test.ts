import { describe, expect, it } from 'vitest';
import { RECYCLE_AFTER, shareSpectralAjv } from './spectral-ajv.js';

type Schema = Record<string, unknown>;
type Validate = ((data: unknown) => boolean) & { instance?: unknown };
type Assign = (schema: Schema, dialect: string, allErrors: boolean) => Validate;

/** A stand-in for Spectral's functions package: Ajv classes that count their instances and compiles. */
function fakeFunctions() {
  const built: { compiled: Schema[] }[] = [];
  class FakeAjv {
    readonly compiled: Schema[] = [];
    constructor() {
      built.push(this);
    }
    compile(schema: Schema) {
      this.compiled.push(schema);
      const validate = (data: unknown) => typeof data === schema.type;
      return Object.assign(validate, { instance: this });
    }
    removeSchema() {
      return this;
    }
    addSchema() {
      return this;
    }
  }
  const upstreamCalls: Schema[] = [];
  const ajvModule: { createAjvInstances: () => Assign } = {
    createAjvInstances: () => (schema) => {
      upstreamCalls.push(schema);
      return () => true;
    },
  };
  const modules: Record<string, unknown> = {
    './schema/ajv.js': ajvModule,
    ajv: FakeAjv,
    'ajv-draft-04': FakeAjv,
    'ajv/dist/2019': FakeAjv,
    'ajv/dist/2020': FakeAjv,
    'ajv-formats': () => undefined,
    'ajv-errors': () => undefined,
    './schema/draft4.json': {},
    'ajv/dist/refs/json-schema-draft-06.json': {},
  };
  return { built, upstreamCalls, ajvModule, fromFunctions: (id: string) => modules[id] };
}

describe('shareSpectralAjv', () => {
  it('shares instances across documents, replaces them after a bounded number of compiles, and leaves schemas with an $id to upstream', () => {
    const fake = fakeFunctions();
    shareSpectralAjv(fake.fromFunctions);
    const ruleset: Schema = { type: 'object' };
    const assign = (schema: Schema, doc = fake.ajvModule.createAjvInstances()) => doc(schema, 'auto', true);

    // The ruleset's schema is compiled once, whatever the number of documents.
    const first = assign(ruleset);
    expect(assign(ruleset)).toBe(first);
    expect(fake.built).toHaveLength(1);

    // Each document's own schemas are compiled on the shared instance until it has compiled RECYCLE_AFTER.
    const early = assign({ type: 'string' });
    for (let i = 2; i < RECYCLE_AFTER; i++) assign({ type: 'number', n: i });
    expect(fake.built).toHaveLength(1);
    expect(fake.built[0].compiled).toHaveLength(RECYCLE_AFTER);

    // The next compile starts new instances; the ruleset's schema is compiled again on them, so that
    // nothing keeps the old instance and every validator it made.
    const later = assign({ type: 'boolean' });
    expect(fake.built).toHaveLength(2);
    expect(later.instance).toBe(fake.built[1]);
    const again = assign(ruleset);
    expect(again).not.toBe(first);
    expect(again.instance).toBe(fake.built[1]);
    expect(assign(ruleset)).toBe(again);

    // A validator from the old instance still works.
    expect(early('text')).toBe(true);
    expect(early(1)).toBe(false);

    // A schema that names itself goes to the document's own instances, as upstream.
    const named = { $id: 'https://example.com/pet', type: 'object' };
    assign(named);
    expect(fake.upstreamCalls).toEqual([named]);
    expect(fake.built).toHaveLength(2);
  });
});
