import { RuleTester } from '@design-check/core';
import { enumValues } from './enum-values.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'proto' }).run(enumValues, {
  valid: [
    md('```proto', 'syntax = "proto3";', 'enum ShipmentState {', '  SHIPMENT_STATE_UNSPECIFIED = 0;', '  SHIPMENT_STATE_CREATED = 1;', '  reserved 2;', '  SHIPMENT_STATE_DELIVERED = 3;', '}', 'enum Alias {', '  option allow_alias = true;', '  ALIAS_UNSPECIFIED = 0;', '  STARTED = 1;', '  RUNNING = 1;', '}', '```'),
    { name: 'a proto2 enum need not start at zero', code: md('```proto', 'syntax = "proto2";', 'enum Legacy { LEGACY_ONE = 1; }', '```') },
  ],
  invalid: [
    {
      name: 'a proto3 enum that starts at one, a number reused, a reserved number and name',
      code: md(
        '```proto',
        'syntax = "proto3";',
        'enum ShipmentState {',
        '  SHIPMENT_STATE_CREATED = 1;',
        '  SHIPMENT_STATE_IN_TRANSIT = 2;',
        '  SHIPMENT_STATE_DELIVERED = 2;',
        '  reserved 7;',
        '  reserved "SHIPMENT_STATE_LOST";',
        '  SHIPMENT_STATE_RETURNED = 7;',
        '  SHIPMENT_STATE_LOST = 8;',
        '}',
        '```',
      ),
      errors: [
        { messageId: 'enumFirstNotZero', data: { enum: 'ShipmentState', value: 'SHIPMENT_STATE_CREATED', number: 1, zero: 'SHIPMENT_STATE_UNSPECIFIED' }, line: 4, column: 28 },
        { messageId: 'enumNumberReused', data: { number: 2, value: 'SHIPMENT_STATE_DELIVERED', enum: 'ShipmentState', first: 'SHIPMENT_STATE_IN_TRANSIT' }, line: 6, column: 30, related: [{ messageId: 'related', line: 5, column: 3 }] },
        { messageId: 'enumNumberReserved', data: { number: 7, value: 'SHIPMENT_STATE_RETURNED', enum: 'ShipmentState' }, line: 9, column: 29, related: [{ messageId: 'related', line: 7, column: 3 }] },
        { messageId: 'enumNameReserved', data: { number: 8, value: 'SHIPMENT_STATE_LOST', enum: 'ShipmentState' }, line: 10, column: 3, related: [{ messageId: 'related', line: 8, column: 3 }] },
      ],
    },
  ],
});
