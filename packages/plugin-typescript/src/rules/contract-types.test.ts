import { beforeAll } from 'vitest';
import { RuleTester } from '@design-check/core';
import { contractTypes } from './contract-types.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

const table = (...rows: string[]) => ['## Interface Contracts Between Streams', '', '| From Stream | To Stream | Interface | Contract |', '|---|---|---|---|', ...rows, ''];
const types = ['### Shared Type Definitions', '', '```typescript', 'export interface ExportJobCreated { jobId: string; format: "csv" | "json" }', 'export interface ExportJob { id: string }', '```'];

new RuleTester({ plugin: 'typescript' }).run(contractTypes, {
  valid: [
    md(...table('| api | worker | Kafka topic `exports.created.v1` | `ExportJobCreated`, keyed by jobId |', '| api | ui | REST, section 3 | `ExportJob` as specified; scope `exports:read` |'), ...types),
    { name: 'names that are not types: topics, headers, fields, values', code: md(...table('| a | b | Header `Idempotency-Key` | `refund.updated` with `status` = `succeeded`, `Authorization` |'), ...types) },
    { name: 'a type that the table defines with its fields', code: md(...table('| a | b | Kafka | `IndexProgressEvent`: jobId, documentsIndexed, lagMs |'), ...types) },
    { name: 'an existing interface, unchanged', code: md(...table('| a | b | Existing `PayoutBatch` file, unchanged | One batch per run |'), ...types) },
    {
      name: 'declared as an OpenAPI schema or a protobuf message',
      code: md(...table('| a | b | gRPC `RefundResultService` | `RefundResult` |', '| a | b | REST | `RefundRequest` |'), '```proto', 'service RefundResultService {}', 'message RefundResult { string id = 1; }', '```', '', '```yaml', 'components:', '  schemas:', '    RefundRequest: {type: object}', '```'),
    },
    {
      name: 'declared in an AsyncAPI document, an Avro schema or a GraphQL schema',
      code: md(
        ...table('| a | b | Kafka | `OrderPlaced` |', '| a | b | Kafka | `PaymentCaptured` (Avro) |', '| a | b | GraphQL | `ShipmentTracking` |'),
        '```yaml', 'asyncapi: 3.0.0', 'components:', '  messages:', '    OrderPlaced:', '      payload: {type: object}', '```', '',
        '```json', '{"type": "record", "name": "PaymentCaptured", "fields": []}', '```', '',
        '```graphql', 'type ShipmentTracking { id: ID! }', '```',
      ),
    },
  ],
  invalid: [
    {
      name: 'a type nobody declared, and a near miss',
      code: md(...table('| api | worker | Kafka topic `exports.v1` | `ExportJobFailed` on failure |', '| api | ui | REST | **`Array<ExportJb>`** |'), ...types),
      errors: [
        { messageId: 'undeclared', data: { name: 'ExportJobFailed', column: 'Contract', hint: '' }, line: 5, column: 45, endLine: 5, endColumn: 62 },
        { messageId: 'undeclared', data: { name: 'ExportJb', column: 'Contract', hint: ', or did you mean `ExportJob`?' }, line: 6, column: 23 },
      ],
    },
    {
      name: 'a document without TypeScript blocks',
      code: md(...table('| a | b | Event `OrderPlaced` | JSON |')),
      errors: [{ messageId: 'undeclared', data: { name: 'OrderPlaced', column: 'Interface', hint: '' }, line: 5, column: 17 }],
    },
  ],
});
