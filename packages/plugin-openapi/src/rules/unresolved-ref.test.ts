import { RuleTester } from '@design-check/core';
import { unresolvedRef } from './unresolved-ref.js';
import { md } from '../../test/helpers.js';

const schemas = ['```yaml', 'components:', '  schemas:', '    RefundRequest: {type: object}', '    Refund: {type: object}', '```'];

new RuleTester({ plugin: 'openapi' }).run(unresolvedRef, {
  valid: [
    { name: 'a ref into another fragment', code: md('```yaml', 'paths:', '  /r:', '    post:', '      requestBody:', "        content: {application/json: {schema: {$ref: '#/components/schemas/RefundRequest'}}}", '      responses: {}', '```', '', ...schemas) },
    { name: 'external refs are left to external-ref', code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: 'https://example.com/a.json'}", "    B: {$ref: './b.yaml#/B'}", '```') },
    { name: '$ref inside an example is data', code: md('```yaml', 'components:', '  schemas:', '    A:', '      type: object', "      example: {$ref: '#/nowhere'}", '```') },
    {
      name: 'a name that a broken fragment defines is not reported twice',
      code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: '#/components/schemas/B'}", '```', '', '```yaml', 'components:', '  schemas:', '    B: {type: object}', '     bad: indent', '```'),
    },
  ],
  invalid: [
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
