import { describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { operationIdUnique } from './operation-id-unique.js';
import { md } from '../../test/helpers.js';

const listOrders = ['```yaml', 'paths:', '  /orders:', '    get:', '      operationId: listOrders', '      responses:', "        '200': {description: Orders.}", '```'];

new RuleTester({ plugin: 'openapi' }).run(operationIdUnique, {
  valid: [
    md(...listOrders, '', '```yaml', 'paths:', '  /orders/{id}:', '    get:', '      operationId: getOrder', '      responses:', "        '200': {description: An order.}", '```'),
    { name: 'the same operation repeated verbatim in two fragments', code: md(...listOrders, '', ...listOrders) },
  ],
  invalid: [
    {
      name: 'reused in another fragment',
      code: md('## 2. API Contracts', '', ...listOrders, '', '```yaml', 'paths:', '  /customers/{id}/orders:', '    get:', '      operationId: listOrders', '      responses:', "        '200': {description: Orders of one customer.}", '```'),
      errors: [
        {
          messageId: 'duplicate',
          line: 16,
          column: 7,
          data: { id: 'listOrders', operation: 'GET /customers/{id}/orders', first: 'GET /orders', firstLine: 7 },
        },
      ],
    },
    {
      name: 'reused within one fragment, in flow style',
      code: md('```yaml', 'paths:', '  /a: {get: {operationId: op, responses: {}}, post: {operationId: op, responses: {}}}', '```'),
      errors: [{ messageId: 'duplicate', line: 3, column: 54, data: { id: 'op', operation: 'POST /a', first: 'GET /a', firstLine: 3 } }],
    },
  ],
});

describe('openapi/operation-id-unique related location', () => {
  it('points at the first operationId', async () => {
    const code = md(...listOrders, '', '> Quoted fragment:', '>', '> ```yaml', '> paths:', '>   /b:', '>     post:', '>       operationId: listOrders', '> ```');
    const [d] = await lintWithRule(operationIdUnique, code, undefined, { plugin: 'openapi' });
    expect([d.line, d.column]).toEqual([16, 9]);
    expect(d.related).toMatchObject([{ message: "operationId 'listOrders' is first used here, on GET /orders", line: 5, column: 7, messageId: 'firstUse' }]);
  });
});

describe('openapi/operation-id-unique beyond paths', () => {
  it('counts operations of path item components and callbacks', async () => {
    const code = md(
      '```yaml',
      'paths:',
      '  /orders:',
      '    post:',
      '      operationId: createOrder',
      '      callbacks:',
      "        shipped: {'{$request.body#/url}': {post: {operationId: getOrder, responses: {}}}}",
      '      responses: {}',
      'components:',
      '  pathItems:',
      '    Order:',
      '      get: {operationId: getOrder, responses: {}}',
      '```',
    );
    const found = await lintWithRule(operationIdUnique, code, undefined, { plugin: 'openapi' });
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [12, 13, "Unexpected duplicate operationId 'getOrder' on GET of path item 'Order': callback 'shipped' POST of POST /orders (line 7) uses it already; operationIds must be unique across all fragments"],
    ]);
  });
});
