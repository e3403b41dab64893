import { RuleTester } from '@design-check/core';
import { doc, observability, SPAN_HEADER, table } from '../__fixtures__/docs.js';
import { operationInstrumented } from './operation-instrumented.js';

const api = [
  '## API Contracts',
  '',
  '```yaml',
  'openapi: 3.0.3',
  'paths:',
  '  /v1/exports:',
  '    post:',
  '      operationId: createExport',
  "      responses: { '202': { description: Accepted } }",
  '  /v1/exports/{exportId}:',
  '    get:',
  '      operationId: getExport',
  "      responses: { '200': { description: OK } }",
  '    delete:',
  "      responses: { '204': { description: Deleted } }",
  '```',
  '',
];
const withPlan = (rows: string[][]) => doc(...api, ...observability(['Instrumentation Plan', table(SPAN_HEADER, rows)]));
const partial = withPlan([['Export API', '`export.create`', 'server span', '`export.format`', 'createExport']]);

new RuleTester({ plugin: 'slo' }).run(operationInstrumented, {
  valid: [
    {
      name: 'by operationId, span words and path',
      code: withPlan([
        ['Export API', '`export.job.create`', 'server span', '`export.format`', 'createExport'],
        ['Export API', '`exports.get`', 'server span', '`export.id`', 'Status polling'],
        ['Export API', '`DELETE /v1/exports/{id}`', 'server span', '`export.id`', 'Cancel'],
      ]).code,
    },
    { name: 'every endpoint at once', code: withPlan([['Export API', '`http.server.request`', 'server span', '`http.route`', 'All endpoints, auto-instrumented']]).code },
    { name: 'no observability section: structure/required-sections reports it', code: doc(...api).code },
    { name: 'a plan of template placeholders: structure/no-placeholders reports it', code: withPlan([['_(e.g., Export API)_', '_(e.g., `export.job.create`)_', '_(e.g., server span)_', '_(e.g., `export.format`)_', '_(custom span)_']]).code },
  ],
  invalid: [
    {
      code: partial.code,
      errors: [
        { messageId: 'missing', data: { operation: 'GET /v1/exports/{exportId}', operationId: 'getExport' }, ...partial.at('get:'), related: [{ messageId: 'plan', ...partial.at('| Component') }] },
        { messageId: 'missingNoId', data: { operation: 'DELETE /v1/exports/{exportId}' }, ...partial.at('delete:'), related: [{ messageId: 'plan', ...partial.at('| Component') }] },
      ],
    },
  ],
});
