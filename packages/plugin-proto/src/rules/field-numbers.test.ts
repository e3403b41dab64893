import { RuleTester } from '@design-check/core';
import { fieldNumbers } from './field-numbers.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'proto' }).run(fieldNumbers, {
  valid: [
    md('```proto', 'syntax = "proto3";', 'message Shipment {', '  reserved 3, 7 to 9;', '  reserved "carrier_code";', '  string shipment_id = 1;', '  oneof destination { string locker_id = 2; Address address = 4; }', '  map<string, string> labels = 5;', '  int64 weight_grams = 18999;', '  string note = 20000;', '  message Address { string line1 = 1; }', '}', '```'),
    { name: 'numbers reused across messages and by nested messages', code: md('```proto', 'message A { string x = 1; message Inner { string y = 1; } }', 'message B { string y = 1; }', '```') },
  ],
  invalid: [
    {
      name: 'a number reused, reserved before and after the field, a reserved name, 19000–19999 and 0',
      code: md(
        '## API Contracts', '',
        '```proto',
        'syntax = "proto3";',
        'package acme.shipping.v1;',
        'message Shipment {',
        '  string shipment_id = 1;',
        '  string carrier = 2;',
        '  reserved 5, 10 to 12;',
        '  reserved "carrier_code";',
        '  string tracking_url = 2;',
        '  int32 parcel_count = 11;',
        '  string carrier_code = 6;',
        '  int64 trace_id = 19500;',
        '  bool fragile = 0;',
        '  string legacy_ref = 20;',
        '  reserved 20;',
        '}',
        '```',
      ),
      errors: [
        { messageId: 'numberReused', data: { number: 2, field: 'tracking_url', message: 'Shipment', first: 'carrier' }, line: 11, column: 25, related: [{ messageId: 'related', line: 8, column: 10 }] },
        { messageId: 'numberReserved', data: { number: 11, field: 'parcel_count', message: 'Shipment' }, line: 12, column: 24, related: [{ messageId: 'related', line: 9, column: 3 }] },
        { messageId: 'nameReserved', data: { number: 6, field: 'carrier_code', message: 'Shipment' }, line: 13, column: 10, related: [{ messageId: 'related', line: 10, column: 3 }] },
        { messageId: 'numberImplementation', data: { number: 19500, field: 'trace_id', message: 'Shipment' }, line: 14, column: 20 },
        { messageId: 'numberRange', data: { number: 0, field: 'fragile', message: 'Shipment' }, line: 15, column: 18 },
        { messageId: 'numberReserved', data: { number: 20, field: 'legacy_ref', message: 'Shipment' }, line: 16, column: 23, related: [{ messageId: 'related', line: 17, column: 3 }] },
      ],
    },
    {
      name: 'fields that a design adds to an existing message, shown without it',
      code: md('```proto', 'string cancel_reason = 14;', 'google.protobuf.Timestamp cancelled_at = 14;', '```'),
      errors: [{ messageId: 'numberReused', data: { number: 14, field: 'cancelled_at', message: 'the fields of this block', first: 'cancel_reason' }, line: 3, column: 42, related: [{ messageId: 'related', line: 2, column: 8 }] }],
    },
    {
      name: 'a nested message in a list item',
      code: md('1. Orders:', '', '   ```proto', '   message Order {', '     message Line { string sku = 1; int32 qty = 1; }', '   }', '   ```'),
      errors: [{ messageId: 'numberReused', data: { number: 1, field: 'qty', message: 'Order.Line', first: 'sku' }, line: 5, column: 49, related: [{ messageId: 'related', line: 5, column: 28 }] }],
    },
  ],
});
