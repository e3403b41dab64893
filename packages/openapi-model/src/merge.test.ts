import { describe, expect, it } from 'vitest';
import { parseDesignDoc } from '@design-check/core';
import { openApiModel } from './model.js';
import { nearestName, unresolved } from './refs.js';
import { followRefs, parsePointer } from './locate.js';

/** Join lines into a markdown document (line 1 is the first argument). */
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const text = md(
  '# Technical Design: Gift Cards',
  '',
  '| Field | Value |',
  '|---|---|',
  '| **Version** | 2.1.0 |',
  '',
  '```yaml',
  'paths:',
  '  /cards/{id}:',
  '    get:',
  '      responses:',
  "        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Card'}}}}",
  '```',
  '',
  '- nested:',
  '',
  '  ```yaml',
  '  paths:',
  '    /cards/{id}:',
  '      delete: {responses: {}}',
  '  components:',
  '    schemas:',
  '      Card:',
  '        type: object',
  '        properties:',
  '          balance: {type: object, properties: {amount: {type: integer}}}',
  '  ```',
);

describe('the merged description', () => {
  const model = openApiModel(parseDesignDoc(text));

  it('merges operations of one path and synthesises openapi, info and paths', () => {
    const d = model.merged.description as Record<string, any>;
    expect(Object.keys(d.paths['/cards/{id}'])).toEqual(['get', 'delete']);
    expect(d.openapi).toBe('3.0.3');
    expect(d.info).toEqual({ title: 'Gift Cards', version: '0.0.0' });
    expect(model.merged.conflicts).toEqual([]);
  });

  it('maps a path through a $ref to the right fragment and markdown column', () => {
    const deep = ['paths', '/cards/{id}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'balance', 'properties', 'amount', 'type'];
    expect(followRefs(model.merged.description, deep)).toEqual(['components', 'schemas', 'Card', 'properties', 'balance', 'properties', 'amount', 'type']);
    expect(model.locate(deep)).toEqual({ line: 26, column: 57, endLine: 26, endColumn: 70 });
    expect(model.locate(['paths', '/cards/{id}', 'delete'])).toEqual({ line: 20, column: 7, endLine: 20, endColumn: 13 });
  });

  it('falls back to the deepest existing node, and to the first fragment for synthesised parts', () => {
    expect(model.locate(['paths', '/cards/{id}', 'get', 'parameters'])).toMatchObject({ line: 10, column: 5 });
    expect(model.locate(['info'])).toMatchObject({ line: 8, column: 1 });
  });

  it('tells where a pointer stops resolving', () => {
    expect(unresolved(model.merged.description, '#/components/schemas/Crad')).toEqual({ missing: 'Crad', container: ['components', 'schemas'], existing: ['Card'] });
    expect(unresolved(model.merged.description, '#/components/schemas/Card')).toBeUndefined();
    expect(parsePointer('#/paths/~1a~1{b}/get')).toEqual(['paths', '/a/{b}', 'get']);
  });
});

describe('nearestName', () => {
  it('suggests close names only', () => {
    expect(nearestName('RefundRequst', ['Refund', 'RefundRequest'])).toBe('RefundRequest');
    expect(nearestName('refund', ['Refund'])).toBe('Refund');
    expect(nearestName('Shipment', ['Refund', 'Money'])).toBeUndefined();
  });
});

describe('OpenAPI 3.1 detection', () => {
  it('uses 3.1.0 when a fragment without a version uses type arrays', () => {
    const doc = parseDesignDoc(md('```yaml', 'components:', '  schemas:', '    A: {type: [string, "null"]}', '```'));
    expect(openApiModel(doc).merged.description.openapi).toBe('3.1.0');
  });
});
