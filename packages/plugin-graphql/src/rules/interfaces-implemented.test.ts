import { RuleTester } from '@design-check/core';
import { interfacesImplemented } from './interfaces-implemented.js';
import { md } from '../../test/helpers.js';

const node = ['interface Node {', '  id: ID!', '}', 'interface Timestamped {', '  createdAt: String!', '  history(first: Int): [String!]!', '}'];

new RuleTester({ plugin: 'graphql' }).run(interfacesImplemented, {
  valid: [
    md('```graphql', ...node, 'type Payout implements Node & Timestamped {', '  id: ID!', '  createdAt: String!', '  history(first: Int, after: String): [String!]!', '}', '```'),
    { name: 'an interface in another block', code: md('```graphql', ...node, '```', '', '```graphql', 'type Payout implements Node { id: ID! amount: Int! }', '```') },
  ],
  invalid: [
    {
      name: 'a missing field, a wider type, a missing argument',
      code: md(
        '```graphql',
        ...node,
        'type Payout implements Node & Timestamped {',
        '  id: ID',
        '  history: [String!]!',
        '}',
        '```',
      ),
      errors: [
        { messageId: 'missingField', data: { iface: 'Timestamped', field: 'createdAt', type: 'Payout' }, line: 9, column: 6, related: [{ messageId: 'declared', line: 6, column: 3 }] },
        { messageId: 'fieldType', data: { iface: 'Node', field: 'id', expected: 'ID!', type: 'Payout', actual: 'ID' }, line: 10, column: 7, related: [{ messageId: 'declared', line: 3, column: 7 }] },
        { messageId: 'missingArgument', data: { iface: 'Timestamped', field: 'history', arg: 'first', type: 'Payout' }, line: 11, column: 3, related: [{ messageId: 'declared', line: 7, column: 11 }] },
      ],
    },
    {
      name: 'an interface that implements another, not repeated by the type',
      code: md('```graphql', 'interface Node { id: ID! }', 'interface Account implements Node { id: ID! }', 'type Merchant implements Account { id: ID! }', '```'),
      errors: [{ messageId: 'transitive', data: { type: 'Merchant', missing: 'Node', iface: 'Account' }, line: 4, column: 26, related: [{ messageId: 'declared', line: 3, column: 30 }] }],
    },
    {
      name: 'a required argument that the interface does not take',
      code: md('```graphql', 'interface Node { id: ID! }', 'type Payout implements Node {', '  id(format: String!): ID!', '}', '```'),
      errors: [{ messageId: 'extraArgument', data: { type: 'Payout', field: 'id', arg: 'format', iface: 'Node' }, line: 4, column: 6, related: [{ messageId: 'declared', line: 2, column: 18 }] }],
    },
  ],
});
