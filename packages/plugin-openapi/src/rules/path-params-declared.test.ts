import { RuleTester } from '@design-check/core';
import { pathParamsDeclared } from './path-params-declared.js';
import { md } from '../../test/helpers.js';

const orderId = ['```yaml', 'components:', '  parameters:', '    OrderId: {name: orderId, in: path, required: true, schema: {type: string}}', '```'];

new RuleTester({ plugin: 'openapi' }).run(pathParamsDeclared, {
  valid: [
    {
      name: 'declared in the path item component that the path refers to (OpenAPI 3.1)',
      code: md('```yaml', 'paths:', "  /orders/{orderId}: {$ref: '#/components/pathItems/Order'}", 'components:', '  pathItems:', '    Order:', "      parameters: [{$ref: '#/components/parameters/OrderId'}]", '      get: {responses: {}}', '```', '', ...orderId),
    },
    {
      name: 'declared on the path item through a $ref to another fragment',
      code: md('```yaml', 'paths:', '  /orders/{orderId}:', '    parameters:', "      - $ref: '#/components/parameters/OrderId'", '    get:', '      responses: {}', '```', '', ...orderId),
    },
    { name: 'declared on the operation', code: md('```yaml', 'paths:', '  /a/{x}:', '    get:', '      parameters: [{name: x, in: path, required: true, schema: {type: string}}]', '      responses: {}', '```') },
    {
      name: 'path-level parameters given in another fragment for the same path',
      code: md('```yaml', 'paths:', '  /a/{x}:', '    parameters: [{name: x, in: path, required: true}]', '```', '', '```yaml', 'paths:', '  /a/{x}:', '    delete:', '      responses: {}', '```'),
    },
    { name: 'an unresolved parameter $ref is left to unresolved-ref', code: md('```yaml', 'paths:', '  /a/{x}:', '    get:', "      parameters: [{$ref: '#/components/parameters/Nope'}]", '      responses: {}', '```') },
  ],
  invalid: [
    {
      name: 'a template parameter nobody declares, on each operation',
      code: md('### Orders API', '', '```yaml', 'paths:', '  /orders/{orderId}/items/{itemId}:', '    parameters:', "      - $ref: '#/components/parameters/OrderId'", '    get:', '      responses: {}', '    delete:', '      responses: {}', '```', '', ...orderId),
      errors: [
        {
          messageId: 'undeclared',
          line: 5,
          column: 27,
          endColumn: 35,
          message: "Path parameter 'itemId' of /orders/{orderId}/items/{itemId} is not declared (by GET, DELETE); add a parameter with `in: path`, `name: itemId` and `required: true` to the path or the operation",
        },
      ],
    },
    {
      name: 'a path parameter whose name is not in the template',
      code: md('```yaml', 'paths:', '  /orders/{id}:', '    get:', '      parameters:', '        - name: orderId', '          in: path', '          required: true', '      responses: {}', '```'),
      errors: [
        { messageId: 'undeclared', line: 3, column: 11, data: { name: 'id', route: '/orders/{id}', methods: 'GET' } },
        { messageId: 'notInPath', line: 6, column: 11, message: "Parameter 'orderId' is declared `in: path` but path /orders/{id} has no '{orderId}' segment; rename the parameter or add the segment" },
      ],
    },
    {
      name: 'through a path item $ref (OpenAPI 3.1): on the template, and at the parameter of the component',
      code: md(
        '```yaml',
        'openapi: 3.1.0',
        'paths:',
        "  /orders/{orderId}: {$ref: '#/components/pathItems/Order'}",
        "  /archive/{orderId}: {$ref: '#/components/pathItems/Order'}",
        '```',
        '',
        '```yaml',
        'components:',
        '  pathItems:',
        '    Order:',
        '      parameters: [{name: id, in: path, required: true}]',
        '      get: {responses: {}}',
        '```',
      ),
      errors: [
        { messageId: 'undeclared', line: 4, column: 11, endColumn: 20, data: { name: 'orderId', route: '/orders/{orderId}', methods: 'GET' } },
        { messageId: 'undeclared', line: 5, column: 12, data: { name: 'orderId', route: '/archive/{orderId}', methods: 'GET' } },
        // One place, two paths: in the order the paths are written.
        { messageId: 'notInPath', line: 12, column: 20, data: { name: 'id', route: '/orders/{orderId}' } },
        { messageId: 'notInPath', line: 12, column: 20, data: { name: 'id', route: '/archive/{orderId}' } },
      ],
    },
  ],
});
