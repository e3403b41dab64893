import { RuleTester } from '@design-check/core';
import { knownTypes } from './known-types.js';
import { md } from '../../test/helpers.js';

const hint = (near?: string) => (near ? ` (did you mean '${near}'?)` : '');

new RuleTester({ plugin: 'proto' }).run(knownTypes, {
  valid: [
    md('```proto', 'syntax = "proto3";', 'package acme.payouts.v1;', 'import "google/protobuf/timestamp.proto";', 'message Payout {', '  Money amount = 1;', '  google.protobuf.Timestamp paid_at = 2;', '  Status status = 3;', '  enum Status { STATUS_UNSPECIFIED = 0; }', '  repeated Payout.Line lines = 4;', '  message Line { string sku = 1; }', '}', '```', '', '```proto', 'message Money { int64 units = 1; string currency = 2; }', '```'),
    {
      name: 'types of packages the document imports but does not show',
      code: md('```proto', 'syntax = "proto3";', 'package acme.payouts.v1;', 'import "google/type/money.proto";', 'import "acme/common/v1/seller.proto";', 'message Payout {', '  google.type.Money amount = 1;', '  acme.common.v1.SellerRef seller = 2;', '  Seller seller_snapshot = 3;', '}', '```'),
    },
  ],
  invalid: [
    {
      name: 'an undefined message, a misspelt enum and an undefined rpc response',
      code: md(
        '## API Contracts', '',
        '```proto',
        'syntax = "proto3";',
        'package acme.payouts.v1;',
        'service PayoutService {',
        '  rpc GetPayout(GetPayoutRequest) returns (PayoutView);',
        '}',
        'message GetPayoutRequest { string payout_id = 1; }',
        'message Payout {',
        '  Money amount = 1;',
        '  PayoutStatis status = 2;',
        '  map<string, Adjustment> adjustments = 3;',
        '}',
        'enum PayoutStatus { PAYOUT_STATUS_UNSPECIFIED = 0; }',
        '```',
      ),
      errors: [
        { messageId: 'unknownType', data: { type: 'PayoutView', usedBy: 'the response of rpc GetPayout', hint: hint() }, line: 7, column: 44 },
        { messageId: 'unknownType', data: { type: 'Money', usedBy: 'field Payout.amount', hint: hint() }, line: 11, column: 3 },
        { messageId: 'unknownType', data: { type: 'PayoutStatis', usedBy: 'field Payout.status', hint: hint('PayoutStatus') }, line: 12, column: 3 },
        { messageId: 'unknownType', data: { type: 'Adjustment', usedBy: 'field Payout.adjustments', hint: hint() }, line: 13, column: 15 },
      ],
    },
    {
      name: 'a well-known type misspelt, in a blockquote',
      code: md('> ```proto', '> message Payout { google.protobuf.Timestmp paid_at = 1; }', '> ```'),
      errors: [{ messageId: 'unknownType', data: { type: 'google.protobuf.Timestmp', usedBy: 'field Payout.paid_at', hint: hint('google.protobuf.Timestamp') }, line: 2, column: 20 }],
    },
  ],
});
