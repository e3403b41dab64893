import { RuleTester } from '@design-check/core';
import { doc, metrics, METRIC_HEADER, observability, table } from '../__fixtures__/docs.js';
import { metricDimensions } from './metric-dimensions.js';

const rows = [
  ['`export.jobs.created`', 'counter', 'format, customer_tier', 'Jobs created'],
  ['`export.processing.duration`', 'histogram', '`service.name`, `service.version`, `division`, format', 'Processing time'],
];
const undeclared = metrics(rows, []);
const noDivision = metrics(rows, ['- [x] Required dimensions include: `service.name`, `service.version`']);
const unticked = metrics(rows.slice(0, 1), ['- [ ] Required dimensions include: `service.name`, `service.version`, `division`']);
const inRow = metrics([['`a.b`', 'counter', '`service.name`, `service.version`', 'x']], []);

new RuleTester({ plugin: 'slo' }).run(metricDimensions, {
  valid: [
    { name: 'declared for every metric by the checklist', code: metrics(rows).code },
    { name: 'declared in prose', code: metrics(rows, ['All metrics carry the resource attributes `service.name`, `service.version` and `division`.']).code },
    { name: 'in the row', code: metrics(rows.slice(1), []).code },
    { name: 'with underscores', code: metrics([['`a.b`', 'counter', 'service_name, service_version, division', 'x']], []).code },
    { name: 'the row refers to the common set', code: metrics([['`a.b`', 'counter', 'operation (+ common labels)', 'x']], []).code },
    {
      name: 'a table of common dimensions',
      code: doc(...observability(['Metrics Design', [...table(METRIC_HEADER, rows), '', 'Every metric also has:', '', ...table(['Dimension', 'Source'], [['`service.name`', 'resource'], ['`service.version`', 'resource'], ['`division`', 'resource']])]])).code,
    },
    { name: 'a custom list', code: metrics(rows, []).code, options: { required: ['format'] } },
  ],
  invalid: [
    {
      code: undeclared.code,
      errors: [{ messageId: 'missing', data: { metric: 'export.jobs.created', missing: '`service.name`, `service.version`, `division`', them: 'them', required: '`service.name`, `service.version`, `division`' }, ...undeclared.at('format, customer_tier') }],
    },
    {
      name: 'a metric without division',
      code: noDivision.code,
      errors: [{ messageId: 'missing', data: { metric: 'export.jobs.created', missing: '`division`', them: 'it', required: '`service.name`, `service.version`, `division`' }, ...noDivision.at('format, customer_tier') }],
    },
    { name: 'an unticked item declares nothing', code: unticked.code, errors: [{ messageId: 'missing', ...unticked.at('format, customer_tier') }] },
    { name: 'partly in the row', code: inRow.code, errors: [{ messageId: 'missing', data: { metric: 'a.b', missing: '`division`', them: 'it', required: '`service.name`, `service.version`, `division`' }, ...inRow.at('`service.name`') }] },
  ],
});
