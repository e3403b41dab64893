import { RuleTester } from '@design-check/core';
import { uniqueDefinitions } from './unique-definitions.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'graphql' }).run(uniqueDefinitions, {
  valid: [
    md('```graphql', 'type Invoice { id: ID! }', '```', '', '```graphql', 'extend type Invoice { pdfUrl: String }', '```'),
    { name: 'the current type, fenced schema=false, beside the new one', code: md('```graphql schema=false', 'type Invoice { id: ID! }', '```', '', '```graphql', 'type Invoice { id: ID! total: Int! }', '```') },
  ],
  invalid: [
    {
      name: 'a type defined in two blocks, a field twice and an enum value twice',
      code: md(
        '```graphql',
        'type Invoice {',
        '  id: ID!',
        '  status: InvoiceStatus!',
        '  id: String',
        '}',
        'enum InvoiceStatus { DRAFT OPEN PAID DRAFT }',
        '```',
        '',
        '```graphql',
        'type Invoice { total: Int! }',
        '```',
      ),
      errors: [
        { messageId: 'duplicate', data: { what: 'field Invoice.id' }, line: 5, column: 3, related: [{ messageId: 'first', data: { what: 'Field Invoice.id' }, line: 3, column: 3 }] },
        { messageId: 'duplicate', data: { what: 'enum value InvoiceStatus.DRAFT' }, line: 7, column: 38, related: [{ messageId: 'first', line: 7, column: 22 }] },
        { messageId: 'duplicate', data: { what: 'type Invoice' }, line: 11, column: 6, related: [{ messageId: 'first', line: 2, column: 6 }] },
      ],
    },
    {
      name: 'an argument twice',
      code: md('```graphql', 'type Query {', '  invoices(first: Int, after: String, first: Int): [ID!]!', '}', '```'),
      errors: [{ messageId: 'duplicate', data: { what: 'argument Query.invoices(first:)' }, line: 3, column: 39, related: [{ messageId: 'first', line: 3, column: 12 }] }],
    },
  ],
});
