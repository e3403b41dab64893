import { beforeAll, describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { matchesOpenapi } from './matches-openapi.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

// Lines 1–21: the API; the TypeScript block follows.
const api = [
  '## API Contracts', '',
  '```yaml',
  'components:',
  '  schemas:',
  '    Money:',
  '      type: object',
  '      required: [amount, currency]',
  '      properties:',
  '        amount: {type: integer}',
  '        currency: {type: string}',
  '    RefundStatus: {type: string, enum: [pending, succeeded, failed]}',
  '    Refund:',
  '      type: object',
  '      required: [id, amount, status, createdAt]',
  '      properties:',
  '        id: {type: string}',
  "        amount: {$ref: '#/components/schemas/Money'}",
  "        status: {$ref: '#/components/schemas/RefundStatus'}",
  '        note: {type: string, nullable: true}',
  '        createdAt: {type: string, format: date-time}',
  '```',
  '',
];
const ts = (...lines: string[]) => md(...api, '```ts', ...lines, '```');
const good = [
  'export interface Money { amount: number; currency: string }',
  "export type RefundStatus = 'pending' | 'succeeded' | 'failed';",
  'export interface Refund {',
  '  id: string;',
  '  amount: Money;',
  '  status: RefundStatus;',
  '  note?: string | null;',
  '  createdAt: string;',
  '}',
];
const prop = (property: string, line: number) => ({ messageId: 'schemaProperty', data: { property, schema: 'Refund' }, line, column: 9 });

new RuleTester({ plugin: 'typescript' }).run(matchesOpenapi, {
  valid: [
    ts(...good),
    { name: 'types without a schema of their name', code: ts('interface RefundCreatedEvent { type: "refund.created"; refund: Refund }', ...good) },
    {
      name: 'through allOf, OpenAPI 3.1 null types and a name map',
      options: { names: { RefundView: 'Refund' } },
      code: md(
        '```yaml', 'openapi: 3.1.0', 'components:', '  schemas:',
        '    Base: {type: object, required: [id], properties: {id: {type: string}}}',
        '    Refund:',
        "      allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {note: {type: [string, 'null']}, tags: {type: array, items: {type: string}}}}]",
        '```', '',
        '```ts', 'interface RefundView { id: string; note?: string | null; tags?: string[] }', '```',
      ),
    },
    { name: 'no OpenAPI fragment', code: md('```ts', ...good, '```') },
  ],
  invalid: [
    {
      name: 'a type, an enum, nullability, optionality and a property on one side only',
      code: ts(
        'export interface Money { amount: string; currency: string }',
        "export type RefundStatus = 'pending' | 'succeeded' | 'refunded';",
        'export interface Refund {',
        '  amount: Money;',
        '  status?: RefundStatus;',
        '  note: string;',
        '  createdAt: Date;',
        '  reason: string;',
        '}',
      ),
      errors: [
        { messageId: 'typeDiffers', data: { actual: 'string', target: 'Money.amount', expected: 'integer', schema: 'Money' }, line: 25, column: 26, related: [{ messageId: 'schemaProperty', line: 10, column: 9 }] },
        { messageId: 'membersDiffer', data: { target: 'RefundStatus', details: "'refunded' only in TypeScript, 'failed' only in OpenAPI", schema: 'RefundStatus' }, line: 26, column: 13, related: [{ messageId: 'schemaHere', line: 12, column: 34 }] },
        { messageId: 'missingInTypeScript', data: { property: 'id', name: 'Refund', schema: 'Refund', hint: '' }, line: 27, column: 18, related: [prop('id', 17)] },
        { messageId: 'optionalInTs', line: 29, column: 3, data: { target: 'Refund.status', property: 'status', schema: 'Refund', actual: 'RefundStatus' }, related: [prop('status', 19)] },
        { messageId: 'optionalInOpenApi', line: 30, column: 3, data: { target: 'Refund.note', property: 'note', schema: 'Refund', actual: 'string' }, related: [prop('note', 20)] },
        { messageId: 'nullOnlyInOpenApi', line: 30, column: 3, data: { target: 'Refund.note', property: 'note', schema: 'Refund', actual: 'string' }, related: [prop('note', 20)] },
        { messageId: 'typeDiffers', line: 31, column: 3, data: { actual: 'Date', target: 'Refund.createdAt', expected: 'string (date-time)', schema: 'Refund' }, related: [prop('createdAt', 21)] },
        { messageId: 'missingInOpenApi', line: 32, column: 3, data: { property: 'reason', name: 'Refund', schema: 'Refund', hint: '' }, related: [{ messageId: 'schemaHere', line: 16, column: 7 }] },
      ],
    },
  ],
});

const yaml = (...schemas: string[]) => ['```yaml', 'components:', '  schemas:', ...schemas.map((s) => `    ${s}`), '```', ''];

new RuleTester({ plugin: 'typescript' }).run(matchesOpenapi, {
  valid: [
    {
      name: 'an external $ref and a schema two fragments define differently are not compared',
      code: md(
        ...yaml("Refund: {type: object, required: [fee], properties: {fee: {$ref: 'https://example.com/money.yaml'}}}", 'Money: {type: object, properties: {amount: {type: integer}}}'),
        ...yaml('Money: {type: object, properties: {value: {type: string}}}'),
        '```ts', 'interface Money { amount: number }', 'interface Refund { fee: Money }', '```',
      ),
    },
    {
      name: 'maps, oneOf and inline objects are not compared in depth',
      code: md(
        ...yaml('Catalog:', '  type: object', '  required: [prices, item, meta]', '  properties:', "    prices: {type: object, additionalProperties: {$ref: '#/components/schemas/Price'}}", "    item: {oneOf: [{$ref: '#/components/schemas/Price'}, {type: string}]}", '    meta: {type: object, properties: {a: {type: string}}}', 'Price: {type: integer}'),
        '```ts', 'interface Catalog { prices: Record<string, number>; item: number | string; meta: { b: number } }', '```',
      ),
    },
  ],
  invalid: [
    {
      name: 'a plain string for an enum, an array of the wrong items, a near name, an interface for an enum',
      code: md(
        ...yaml('Order:', '  type: object', '  required: [state, lineIds, customerId]', '  properties:', '    state: {type: string, enum: [open, closed]}', '    lineIds: {type: array, items: {type: integer}}', '    customerId: {type: string}', 'Channel: {type: string, enum: [web, app]}'),
        '```ts', 'interface Order { state: string; lineIds: string[]; customerID: string }', 'interface Channel { name: string }', '```',
      ),
      errors: [
        { messageId: 'missingInTypeScript', data: { property: 'customerId', name: 'Order', schema: 'Order', hint: " (did you mean 'customerID'?)" }, line: 15, column: 11, related: [{ messageId: 'schemaProperty', line: 10, column: 9 }] },
        { messageId: 'typeDiffers', data: { actual: 'string', target: 'Order.state', expected: "'open' | 'closed'", schema: 'Order' }, line: 15, column: 19, related: [{ messageId: 'schemaProperty', line: 8, column: 31 }] },
        { messageId: 'typeDiffers', data: { actual: 'string[]', target: 'Order.lineIds', expected: 'array of integer', schema: 'Order' }, line: 15, column: 34, related: [{ messageId: 'schemaProperty', line: 9, column: 9 }] },
        { messageId: 'missingInOpenApi', data: { property: 'customerID', name: 'Order', schema: 'Order', hint: " (did you mean 'customerId'?)" }, line: 15, column: 53, related: [{ messageId: 'schemaHere', line: 7, column: 7 }] },
        { messageId: 'notAnObject', data: { actual: 'interface', name: 'Channel', expected: "'web' | 'app'", schema: 'Channel' }, line: 16, column: 11, related: [{ messageId: 'schemaHere', line: 11, column: 5 }] },
      ],
    },
    {
      name: 'a schema without a required list: one finding for the properties TypeScript requires',
      code: md(...yaml('Address: {type: object, properties: {street: {type: string}, city: {type: string}, zip: {type: string}}}'), '```ts', 'interface Address { street: string; city: string; zip?: string }', '```'),
      errors: [{ messageId: 'noRequiredList', data: { name: 'Address', schema: 'Address', properties: 'street, city' }, line: 8, column: 11, related: [{ messageId: 'schemaHere', line: 4, column: 5 }] }],
    },
  ],
});
