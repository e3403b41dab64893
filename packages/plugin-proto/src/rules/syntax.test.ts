import { RuleTester } from '@design-check/core';
import { syntax } from './syntax.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'proto' }).run(syntax, {
  valid: [
    md('## API Contracts', '', '```proto', 'syntax = "proto3";', 'package acme.payouts.v1;', '', '// A payout to a seller.', 'message Payout {', '  string payout_id = 1;', '  int64 amount_minor = 2 [json_name = "amountMinor"];', '}', '```'),
    { name: 'a fragment without syntax or package, read in the document\'s', code: md('```proto', 'syntax = "proto3";', 'package acme.v1;', 'message A { B b = 1; }', '```', '', '```protobuf', 'message B { map<string, int64> totals = 1; }', '```') },
    { name: 'options, oneofs, nested types, streaming rpcs', code: md('```proto', 'service S {', '  option (acme.scope) = "payouts";', '  rpc Watch(stream Req) returns (stream Res) { option idempotency_level = NO_SIDE_EFFECTS; }', '}', 'message Req { oneof key { string id = 1; int64 n = 2; } }', 'message Res { message Item { string s = 1; } repeated Item items = 1; }', '```') },
    { name: 'a block fenced schema=false is left out', code: md('```proto schema=false', 'message Old {', '```') },
    {
      name: 'an rpc and fields that a design adds to an existing service and message, and elisions',
      code: md('Added to `PayoutService`:', '', '```proto', 'rpc CancelPayout(CancelPayoutRequest) returns (Payout);', '```', '', 'Added to `Payout`:', '', '```proto', '  optional string cancel_reason = 14;', '  google.protobuf.Timestamp cancelled_at = 15;', '```', '', '```proto', 'message Payout { ... }', 'message CancelPayoutRequest {', '  string name = 1;', '  …', '}', '```'),
    },
  ],
  invalid: [
    {
      name: 'imports that leave the proto tree, never read; an import in the tree is fine',
      code: md('```proto', 'syntax = "proto3";', 'import "google/type/money.proto";', 'import "/etc/passwd";', 'import public "../../../secrets/keys.proto";', 'import "~/.ssh/id_rsa";', 'import "file:///etc/shadow";', 'message A { string a = 1; }', '```'),
      errors: [
        { messageId: 'importPath', data: { path: '/etc/passwd' }, line: 4, column: 8 },
        { messageId: 'importPath', data: { path: '../../../secrets/keys.proto' }, line: 5, column: 15 },
        { messageId: 'importPath', data: { path: '~/.ssh/id_rsa' }, line: 6, column: 8 },
        { messageId: 'importPath', data: { path: 'file:///etc/shadow' }, line: 7, column: 8 },
      ],
    },
    {
      name: 'a field without its semicolon',
      code: md('## API Contracts', '', '```proto', 'syntax = "proto3";', 'message Payout {', '  string payout_id = 1', '}', '```'),
      errors: [{ messageId: 'syntax', data: { token: "'}'", expected: "';'" }, line: 7, column: 1 }],
    },
    {
      name: 'in a list item, with CRLF: a field number that is not a number; the next block is still read',
      code: md('- Payouts:', '', '  ```proto', '  message Payout {', '    string payout_id = "1";', '  }', '  ```', '', '```proto', 'message Fine { string a = 1; }', '```').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'syntax', data: { token: `'"'`, expected: 'a field number' }, line: 5, column: 24 }],
    },
    {
      name: 'an unclosed message',
      code: md('```proto', 'message Payout {', '  string payout_id = 1;', '', '```'),
      errors: [{ messageId: 'syntax', data: { token: 'end of the block', expected: 'the rest of the definition (a `}` or `;` is missing)' }, line: 3, column: 24 }],
    },
  ],
});
