import { RuleTester } from '@design-check/core';
import { schemaValid } from './schema-valid.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'graphql' }).run(schemaValid, {
  valid: [
    md('```graphql', 'input PayoutFilter { status: PayoutStatus }', 'enum PayoutStatus { PENDING PAID }', 'type Payout { id: ID! status: PayoutStatus! }', 'union PayoutEvent = Payout', '```'),
    { name: 'a type whose fields the design leaves out', code: md('```graphql', 'type Merchant { ... }', 'input MerchantFilter { … }', '```') },
    { name: 'a fragment without a Query type, extending types defined elsewhere', code: md('```graphql', 'extend type Query { payout(id: ID!): Payout }', 'extend type Merchant { payouts: [Payout!]! }', 'type Payout { id: ID! }', '```') },
  ],
  invalid: [
    {
      name: 'an input field of an object type, a union of a scalar, an empty enum',
      code: md(
        '```graphql',
        'type Payout { id: ID! }',
        'input PayoutFilter { payout: Payout }',
        'union PayoutEvent = Payout | String',
        'enum PayoutStatus',
        '```',
      ),
      errors: [
        { messageId: 'invalid', data: { reason: 'The type of PayoutFilter.payout must be Input Type but got: Payout' }, line: 3, column: 30 },
        { messageId: 'invalid', data: { reason: 'Union type PayoutEvent can only include Object types, it cannot include String' }, line: 4, column: 30 },
        { messageId: 'invalid', data: { reason: 'Enum type PayoutStatus must define one or more values' }, line: 5, column: 6 },
      ],
    },
    {
      name: 'an extension of another kind of type',
      code: md('```graphql', 'enum PayoutStatus { PENDING }', 'extend type PayoutStatus { x: Int }', '```'),
      errors: [{ messageId: 'invalid', data: { reason: 'Cannot extend non-object type "PayoutStatus"' }, line: 3, column: 13, related: [{ messageId: 'related', line: 2, column: 6 }] }],
    },
  ],
});
