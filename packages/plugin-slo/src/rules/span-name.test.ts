import { RuleTester } from '@design-check/core';
import { doc, observability, SPAN_HEADER, table } from '../__fixtures__/docs.js';
import { spanName } from './span-name.js';

const plan = (span: string) => doc(...observability(['Instrumentation Plan', table(SPAN_HEADER, [['Export API', span, 'server span', '`export.format`', 'Job creation']])]));
const camel = plan('`exportJobCreate`');
const two = plan('`export.job.get`, `Export-Job-Cancel`');
const prose = plan('ExportJobCreate, export.job.get');
const camelMessaging = plan('`exportJob publish`');

new RuleTester({ plugin: 'slo' }).run(spanName, {
  valid: [
    plan('`export.job.create`').code,
    plan('export.job.create').code,
    plan('`refunds.get`, `refunds.cancel`').code,
    { name: 'snake_case inside a segment', code: plan('`search.indexer.bulk_write`').code },
    { name: 'an HTTP server span named by method and route', code: plan('`POST /v1/exports`').code },
    { name: 'a messaging span named by operation and destination (semantic conventions 1.25 on)', code: plan('`send orders.lifecycle.v1`').code },
    { name: 'a messaging span named by destination and operation (before 1.25)', code: plan('`orders.lifecycle.v1 publish`, `orders.lifecycle.v1 process`').code },
    { name: 'an RPC span named by service and method', code: plan('`mlp.features.v1.FeatureServing/GetOnlineFeatures`').code },
    { name: 'a family of spans', code: plan('`export.worker.*`').code },
    { name: 'a templated span name', code: plan('`export.worker.{job_type}`').code },
    { name: 'prose names no span', code: plan('HTTP server span (auto-instrumented)').code },
    { name: 'a placeholder', code: plan('_(e.g., `export.job.create`)_').code },
  ],
  invalid: [
    { code: camel.code, errors: [{ messageId: 'style', data: { name: 'exportJobCreate', convention: 'dot-separated lowercase', suggestion: 'export.job.create' }, ...camel.at('exportJobCreate') }] },
    { name: 'the second of two', code: two.code, errors: [{ messageId: 'style', data: { name: 'Export-Job-Cancel', convention: 'dot-separated lowercase', suggestion: 'export.job.cancel' }, ...two.at('Export-Job-Cancel') }] },
    {
      name: 'a messaging operation after a name that is not a destination',
      code: camelMessaging.code,
      errors: [{ messageId: 'style', data: { name: 'exportJob publish', convention: 'dot-separated lowercase', suggestion: 'export.job.publish' }, ...camelMessaging.at('exportJob publish') }],
    },
    {
      name: 'capitals only: lower-cased by --fix, a family of spans too',
      code: plan('`Export.Job.Create`, `Export.Worker.*`').code,
      errors: [
        { messageId: 'style', data: { name: 'Export.Job.Create', convention: 'dot-separated lowercase', suggestion: 'export.job.create' }, ...plan('`Export.Job.Create`, `Export.Worker.*`').at('Export.Job.Create') },
        { messageId: 'style', data: { name: 'Export.Worker.*', convention: 'dot-separated lowercase', suggestion: 'export.worker' }, ...plan('`Export.Job.Create`, `Export.Worker.*`').at('Export.Worker') },
      ],
      output: plan('`export.job.create`, `export.worker.*`').code,
    },
    {
      name: 'no fix when lower case alone is not the name to write',
      code: plan('`rerankService.score`').code,
      errors: [{ messageId: 'style', data: { name: 'rerankService.score', convention: 'dot-separated lowercase', suggestion: 'rerank_service.score' }, ...plan('`rerankService.score`').at('rerankService') }],
      output: plan('`rerankService.score`').code,
    },
    { name: 'without code spans', code: prose.code, errors: [{ messageId: 'style', data: { name: 'ExportJobCreate', convention: 'dot-separated lowercase', suggestion: 'export.job.create' }, ...prose.at('ExportJobCreate') }] },
  ],
});
