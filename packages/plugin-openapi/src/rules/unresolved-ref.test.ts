import { RuleTester } from '@design-check/core';
import { unresolvedRef } from './unresolved-ref.js';
import { md } from '../../test/helpers.js';

const schemas = ['```yaml', 'components:', '  schemas:', '    RefundRequest: {type: object}', '    Refund: {type: object}', '```'];

new RuleTester({ plugin: 'openapi' }).run(unresolvedRef, {
  valid: [
    {
      name: 'a recursive schema: a tree node with children of its own type',
      code: md('```yaml', 'components:', '  schemas:', '    Node:', '      type: object', '      properties:', "        parent: {$ref: '#/components/schemas/Node'}", "        children: {type: array, items: {$ref: '#/components/schemas/Node'}}", '```'),
    },
    { name: 'a ref into another fragment', code: md('```yaml', 'paths:', '  /r:', '    post:', '      requestBody:', "        content: {application/json: {schema: {$ref: '#/components/schemas/RefundRequest'}}}", '      responses: {}', '```', '', ...schemas) },
    { name: 'remote refs and refs out of the project are left to external-ref', code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: 'https://example.com/a.json'}", "    B: {$ref: '../shared/b.yaml#/B'}", '```') },
    { name: '$ref inside an example is data', code: md('```yaml', 'components:', '  schemas:', '    A:', '      type: object', "      example: {$ref: '#/nowhere'}", '```') },
    {
      name: 'a ref into another YAML document of the same block (`---`)',
      code: md('```yaml', 'paths:', '  /r:', '    get:', "      responses: {'404': {$ref: '#/components/responses/NotFound'}}", '---', 'components:', '  responses:', '    NotFound: {description: Not found.}', '```'),
    },
    { name: 'a `$ref` in a JSON Schema `examples` array is data', code: md('```yaml', 'components:', '  schemas:', '    A:', '      type: object', "      examples: [{$ref: '#/nowhere'}]", '```') },
    {
      name: 'a name that a broken fragment defines is not reported twice',
      code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: '#/components/schemas/B'}", '```', '', '```yaml', 'components:', '  schemas:', '    B: {type: object}', '     bad: indent', '```'),
    },
  ],
  invalid: [
    {
      name: 'a file $ref to a file that does not exist in the project',
      code: md('```yaml', 'components:', '  schemas:', '    Payout:', '      properties:', "        fee: {$ref: './schemas/fee.yaml'}", '```'),
      errors: [{ messageId: 'missingFileNoMatch', line: 6, column: 15, data: { ref: './schemas/fee.yaml', file: 'schemas/fee.yaml' } }],
    },
    {
      name: 'a pure $ref cycle across two fragments, once, with the other member as related location',
      code: md('```yaml', 'components:', '  schemas:', "    Amount: {$ref: '#/components/schemas/Money'}", '```', '', '```yaml', 'components:', '  schemas:', '    Money:', "      $ref: '#/components/schemas/Amount'", '```'),
      errors: [
        {
          messageId: 'cycle',
          data: { cycle: 'Amount → Money → Amount' },
          line: 4,
          column: 14,
          related: [{ messageId: 'inCycle', line: 11, column: 7 }],
        },
      ],
    },
    {
      name: 'a typo, with the nearest existing name',
      code: md('## 2. API Contracts', '', '```yaml', 'paths:', '  /refunds:', '    post:', '      requestBody:', '        content:', '          application/json:', '            schema:', "              $ref: '#/components/schemas/RefundRequst'", '      responses: {}', '```', '', ...schemas),
      errors: [
        {
          messageId: 'missing',
          line: 11,
          column: 15,
          message: "Unresolved $ref '#/components/schemas/RefundRequst': there is no 'RefundRequst' in #/components/schemas; did you mean 'RefundRequest'?",
        },
      ],
    },
    {
      name: 'a wrong component type, in a list item',
      code: md('- Step:', '', '  ```yaml', '  components:', '    schemas:', "      Order: {$ref: '#/components/schema/Refund'}", '  ```', '', ...schemas),
      errors: [{ messageId: 'missing', line: 6, column: 15, data: { ref: '#/components/schema/Refund', name: 'schema', container: '#/components', suggestion: 'schemas' } }],
    },
    {
      name: 'a fragment whose top-level map is indented',
      code: md('```yaml', '  components:', '    schemas:', "      A: {$ref: '#/components/schemas/B'}", '```'),
      errors: [{ messageId: 'missingNoMatch', line: 4, column: 11 }],
    },
    {
      name: 'a schema property called `default` or `example` is a schema, not literal data',
      code: md('```yaml', 'components:', '  schemas:', '    Address:', '      type: object', '      properties:', "        default: {$ref: '#/components/schemas/Adress'}", "        example: {$ref: '#/components/schemas/Address'}", '```'),
      errors: [{ messageId: 'missing', line: 7, column: 19, data: { ref: '#/components/schemas/Adress', name: 'Adress', container: '#/components/schemas', suggestion: 'Address' } }],
    },
    {
      name: 'an unquoted `$ref: #/…` is a YAML comment: the $ref is empty',
      code: md('- Accounts:', '', '  ```yaml', '  paths:', '    /accounts:', '      get:', '        responses:', "          '200':", '            description: The accounts.', '            content:', '              application/json:', '                schema:', '                  $ref: #/components/schemas/Account', '  ```'),
      errors: [
        {
          messageId: 'emptyComment',
          line: 13,
          column: 19,
          message: "$ref has no value: in YAML an unquoted '#' starts a comment, so '#/components/schemas/Account' is not read; quote it: `$ref: '#/components/schemas/Account'`",
        },
      ],
    },
    {
      name: 'an empty $ref',
      code: md('```yaml', 'components:', '  schemas:', '    A:', '      $ref:', '```'),
      errors: [{ messageId: 'empty', line: 5, column: 7 }],
    },
    {
      name: 'nothing close',
      code: md('```yaml', 'components:', '  schemas:', "    Order: {$ref: '#/components/schemas/Shipment'}", '```'),
      errors: [{ messageId: 'missingNoMatch', line: 4, column: 13, data: { ref: '#/components/schemas/Shipment', name: 'Shipment', container: '#/components/schemas' } }],
    },
    {
      name: 'a pointer without a slash',
      code: md('```yaml', 'components:', '  schemas:', "    Order: {$ref: '#components/schemas/Refund'}", '```'),
      errors: [{ messageId: 'malformed', line: 4, column: 13 }],
    },
  ],
});
