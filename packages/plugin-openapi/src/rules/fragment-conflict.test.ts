import { describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { fragmentConflict } from './fragment-conflict.js';
import { md } from '../../test/helpers.js';

const money = ['```yaml', 'components:', '  schemas:', '    Money:', '      type: object', '      properties:', '        amount: {type: integer}', '```'];
const moneyAgain = ['```yaml', 'components:', '  schemas:', '    Money:', '      type: object', '      properties:', '        amount: {type: number}', '```'];
const getOrder = ['```yaml', 'paths:', '  /orders/{id}:', '    get:', '      operationId: getOrder', '      responses:', "        '200': {description: The order.}", '```'];

new RuleTester({ plugin: 'openapi' }).run(fragmentConflict, {
  valid: [
    { name: 'two patch versions of one OpenAPI version', code: md('```yaml', 'openapi: 3.0.1', 'paths: {}', '```', '', '```yaml', 'openapi: 3.0.3', 'components: {}', '```') },
    { name: 'the same component repeated verbatim', code: md(...money, '', ...money) },
    { name: 'the earlier version shown with openapi=false on its fence', code: md('```yaml openapi=false', ...money.slice(1), '', ...moneyAgain) },
    { name: 'openapi=false after a file name, in quotes', code: md('```yaml:money-v1.yaml openapi="false"', ...money.slice(1), '', ...moneyAgain) },
    {
      name: 'two operations of one path in two fragments',
      code: md(...getOrder, '', '```yaml', 'paths:', '  /orders/{id}:', '    delete:', '      operationId: cancelOrder', '      responses:', "        '204': {description: Cancelled.}", '```'),
    },
    { name: 'a tag described in one fragment and named in another', code: md('```yaml', 'tags: [{name: Orders}]', 'paths: {}', '```', '', '```yaml', 'tags:', '  - name: Orders', '    description: Order API.', 'paths: {}', '```') },
  ],
  invalid: [
    {
      name: 'a component that differs, reported on the second definition',
      code: md('## 2. API Contracts', '', ...money, '', '### 2.2 Later', '', ...moneyAgain),
      errors: [{ messageId: 'conflict', line: 17, column: 5, data: { what: 'Component #/components/schemas/Money', firstLine: 6 } }],
    },
    {
      name: 'an operation written twice with different content',
      code: md(...getOrder, '', '```yaml', 'paths:', '  /orders/{id}:', '    get:', '      operationId: fetchOrder', '      responses:', "        '200': {description: The order.}", '```'),
      errors: [{ messageId: 'conflict', line: 13, column: 5, message: 'GET /orders/{id} is defined again with different content (first defined on line 4); keep one definition or rename one, or open the fence of a version shown only for comparison with ```yaml openapi=false' }],
    },
    {
      name: 'different OpenAPI versions',
      code: md('```yaml', 'openapi: 3.0.3', 'paths: {}', '```', '', '```yaml', 'openapi: 3.1.0', 'components: {}', '```'),
      errors: [{ messageId: 'conflict', line: 7, column: 1, data: { what: "Top-level 'openapi'", firstLine: 2 } }],
    },
    {
      name: 'a tag described differently',
      code: md('```yaml', 'tags: [{name: Orders, description: Orders.}]', 'paths: {}', '```', '', '```yaml', 'tags:', '  - name: Orders', '    description: Order API.', 'paths: {}', '```'),
      errors: [{ messageId: 'conflict', line: 9, column: 5, data: { what: "'description' of tag 'Orders'", firstLine: 2 } }],
    },
  ],
});

describe('openapi/fragment-conflict related location', () => {
  it('points at the first definition, nested in a list item', async () => {
    const code = md('1. First:', '', ...money.map((l) => `   ${l}`), '', ...moneyAgain);
    const [d] = await lintWithRule(fragmentConflict, code, undefined, { plugin: 'openapi' });
    expect([d.line, d.column]).toEqual([15, 5]);
    expect(d.related).toMatchObject([{ message: 'First definition of component #/components/schemas/Money', line: 6, column: 8, messageId: 'first' }]);
  });
});
