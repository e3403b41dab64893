import { RuleTester } from '@design-check/core';
import { uniqueDefinitions } from './unique-definitions.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'proto' }).run(uniqueDefinitions, {
  valid: [
    md('```proto', 'package acme.v1;', 'message Order { message Item { string sku = 1; } }', 'message Invoice { message Item { string line = 1; } }', '```'),
    { name: 'the current message, fenced schema=false, beside the new one', code: md('```proto schema=false', 'message Order { string id = 1; }', '```', '', '```proto', 'message Order { string id = 1; int64 total = 2; }', '```') },
    { name: 'one name in two packages', code: md('```proto', 'package acme.orders.v1;', 'message Money { int64 units = 1; }', '```', '', '```proto', 'package acme.billing.v1;', 'message Money { int64 micros = 1; }', '```') },
  ],
  invalid: [
    {
      name: 'a message in two blocks, a field name twice, an rpc twice, an enum value twice',
      code: md(
        '```proto',
        'syntax = "proto3";',
        'package acme.orders.v1;',
        'service OrderService {',
        '  rpc GetOrder(GetOrderRequest) returns (Order);',
        '  rpc GetOrder(GetOrderRequest) returns (Order);',
        '}',
        'message GetOrderRequest { string order_id = 1; }',
        'message Order {',
        '  string order_id = 1;',
        '  int64 total_minor = 2;',
        '  string order_id = 3;',
        '}',
        'enum Channel { CHANNEL_UNSPECIFIED = 0; WEB = 1; WEB = 2; }',
        '```',
        '',
        '- Later, in the events section:',
        '',
        '  ```proto',
        '  message Order { string id = 1; }',
        '  ```',
      ),
      errors: [
        { messageId: 'duplicate', data: { what: 'rpc OrderService.GetOrder' }, line: 6, column: 7, related: [{ messageId: 'first', line: 5, column: 7 }] },
        { messageId: 'duplicate', data: { what: 'field Order.order_id' }, line: 12, column: 10, related: [{ messageId: 'first', line: 10, column: 10 }] },
        { messageId: 'duplicate', data: { what: 'enum value Channel.WEB' }, line: 14, column: 50, related: [{ messageId: 'first', line: 14, column: 41 }] },
        { messageId: 'duplicate', data: { what: 'message Order' }, line: 20, column: 11, related: [{ messageId: 'first', line: 9, column: 9 }] },
      ],
    },
  ],
});
