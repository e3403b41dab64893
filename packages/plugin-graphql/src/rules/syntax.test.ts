import { RuleTester } from '@design-check/core';
import { syntax } from './syntax.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'graphql' }).run(syntax, {
  valid: [
    md('## API Contracts', '', '```graphql', '"""A refund of a captured payment."""', 'type Refund {', '  id: ID!', '  amount: Int!', '}', '```'),
    { name: 'a client operation beside the schema', code: md('```gql', 'query Refund($id: ID!) {', '  refund(id: $id) { id amount }', '}', '```') },
    { name: 'a block fenced schema=false is left out', code: md('```graphql schema=false', 'type Old {', '```') },
    { name: 'elisions: a body left out, fields left out', code: md('```graphql', 'type Customer { ... }', 'type Order {', '  ...', '  refundStatus: String', '}', '```') },
  ],
  invalid: [
    {
      name: 'a field without a type',
      code: md('## API Contracts', '', '```graphql', 'type Refund {', '  id: ID!', '  amount:', '}', '```'),
      errors: [{ messageId: 'expected', data: { expected: 'Name', found: '"}"' }, line: 7, column: 1 }],
    },
    {
      name: 'in a list item, with CRLF; the next block is still read',
      code: md('- Schema:', '', '  ```graphql', '  type Refund {', '    id ID!', '  }', '  ```', '', '```graphql', 'type Fine { a: String }', '```').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'expected', data: { expected: '":"', found: 'Name "ID"' }, line: 5, column: 8 }],
    },
    {
      name: 'an unterminated string',
      code: md('```graphql', 'type A {', '  "the amount', '  b: Int', '}', '```'),
      errors: [{ messageId: 'invalid', data: { reason: 'Unterminated string' }, line: 3, column: 14 }],
    },
  ],
});
