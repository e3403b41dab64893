import { RuleTester } from '@design-check/core';
import { knownTypes } from './known-types.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'graphql' }).run(knownTypes, {
  valid: [
    md('```graphql', 'scalar DateTime', 'type Shipment {', '  id: ID!', '  carrier: Carrier!', '  createdAt: DateTime!', '}', 'enum Carrier { DHL UPS }', '```'),
    {
      name: 'a type defined in another block, in a list item; Query only extended; directives of the wider schema',
      code: md(
        '```graphql', 'extend type Query {', '  shipment(id: ID!): Shipment @auth(requires: OPS)', '}', '```', '',
        '- Types:', '', '  ```gql', '  type Shipment @key(fields: "id") { id: ID! }', '  ```',
      ),
    },
    {
      name: 'a design that shows part of a larger schema (`...`) uses types of the rest of it',
      code: md('```graphql', 'type Order {', '  ...', '  refundedTotal: Money', '  refundedAt: DateTime', '}', '```'),
    },
    {
      name: 'types that another subgraph defines and this one extends (Federation 1)',
      code: md('```graphql', 'extend type Product @key(fields: "upc") {', '  upc: String! @external', '  reviews: [Review!]!', '}', 'type Review { id: ID! product: Product! }', '```'),
    },
  ],
  invalid: [
    {
      name: 'an undefined scalar, a misspelt type and an undefined argument type',
      code: md(
        '## API Contracts', '',
        '```graphql',
        'type Shipment {',
        '  id: ID!',
        '  createdAt: DateTime!',
        '  parcels: [Parcl!]!',
        '}',
        'type Parcel { weightGrams: Int! }',
        'type Query {',
        '  shipments(filter: ShipmentFilter): [Shipment!]!',
        '}',
        '```',
      ),
      errors: [
        { messageId: 'unknown', data: { name: 'DateTime', usedBy: ' of Shipment.createdAt', hint: 'define it, or declare `scalar DateTime` for a custom scalar' }, line: 6, column: 14 },
        { messageId: 'unknown', data: { name: 'Parcl', usedBy: ' of Shipment.parcels', hint: 'did you mean "Parcel"?' }, line: 7, column: 13 },
        { messageId: 'unknown', data: { name: 'ShipmentFilter', usedBy: ' of Query.shipments(filter:)', hint: 'define it, or declare `scalar ShipmentFilter` for a custom scalar' }, line: 11, column: 21 },
      ],
    },
    {
      name: 'in a design that shows part of a larger schema, a slip of a defined name',
      code: md('```graphql', 'type Order {', '  …', '  refunds: [OrderRefnd!]!', '}', 'type OrderRefund { id: ID! }', '```'),
      errors: [{ messageId: 'unknown', data: { name: 'OrderRefnd', usedBy: ' of Order.refunds', hint: 'did you mean "OrderRefund"?' }, line: 4, column: 13 }],
    },
    {
      name: 'an interface and a union member that nobody defines, in a blockquote',
      code: md('> ```graphql', '> type Parcel implements Node { id: ID! }', '> union Trackable = Parcel | Pallet', '> ```'),
      errors: [
        { messageId: 'unknown', data: { name: 'Node', usedBy: ' of the interfaces of Parcel', hint: 'define it, or declare `scalar Node` for a custom scalar' }, line: 2, column: 26 },
        { messageId: 'unknown', data: { name: 'Pallet', usedBy: ' of the members of Trackable', hint: 'define it, or declare `scalar Pallet` for a custom scalar' }, line: 3, column: 30 },
      ],
    },
  ],
});
