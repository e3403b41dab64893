import { RuleTester } from '@design-check/core';
import { metrics } from '../__fixtures__/docs.js';
import { metricName } from './metric-name.js';

const one = (name: string) => metrics([[name, 'counter', 'format', 'Jobs created']]);
const camel = one('`exportJobsCreated`');
const upper = one('`Export.Jobs.Created`');
const kebab = one('export-jobs-created');
const snakeInDot = one('`export_jobs_created`');
const dotInSnake = one('`export.jobs.created`');

new RuleTester({ plugin: 'slo' }).run(metricName, {
  valid: [
    one('`export.jobs.created`').code,
    one('export.jobs.created').code,
    { name: 'snake_case inside a segment', code: one('`search.cdc.slot_retained_bytes`').code },
    { name: 'bold code', code: one('**`export.jobs.created`**').code },
    { name: 'a unit after the name', code: one('`export.processing.duration` (s)').code },
    { name: 'Prometheus style when configured', code: one('`export_jobs_created_total`').code, options: { style: 'snake' } },
    { name: 'a custom pattern', code: one('`Export.Jobs`').code, options: { pattern: '^[A-Z][a-z]+(\\.[A-Z][a-z]+)+$' } },
    { name: 'a placeholder', code: one('_(e.g., `export.jobs.created`)_').code },
    { name: 'a row that only titles the rows below it', code: metrics([['**API metrics**', '', '', ''], ['`export.jobs.created`', 'counter', 'format', 'Jobs created']]).code },
  ],
  invalid: [
    { code: camel.code, errors: [{ messageId: 'style', data: { name: 'exportJobsCreated', convention: 'dot-separated lowercase', suggestion: 'export.jobs.created' }, ...camel.at('exportJobsCreated') }] },
    {
      name: 'capitals only: lower-cased by --fix',
      code: upper.code,
      errors: [{ messageId: 'style', data: { name: 'Export.Jobs.Created', convention: 'dot-separated lowercase', suggestion: 'export.jobs.created' }, ...upper.at('Export.Jobs'), endColumn: upper.at('Export.Jobs').column + 19 }],
      output: one('`export.jobs.created`').code,
    },
    {
      name: 'capitals in Prometheus style, in prose',
      code: one('Export_Jobs_Created_Total').code,
      options: { style: 'snake' },
      errors: [{ messageId: 'style', data: { name: 'Export_Jobs_Created_Total', convention: 'snake_case', suggestion: 'export_jobs_created_total' }, ...one('Export_Jobs_Created_Total').at('Export_Jobs') }],
      output: one('export_jobs_created_total').code,
    },
    { code: kebab.code, errors: [{ messageId: 'style', data: { name: 'export-jobs-created', convention: 'dot-separated lowercase', suggestion: 'export.jobs.created' }, ...kebab.at('export-jobs') }] },
    { name: 'no namespace', code: snakeInDot.code, errors: [{ messageId: 'style', data: { name: 'export_jobs_created', convention: 'dot-separated lowercase', suggestion: 'export.jobs.created' }, ...snakeInDot.at('export_jobs') }] },
    { name: 'dots in Prometheus style', code: dotInSnake.code, options: { style: 'snake' }, errors: [{ messageId: 'style', data: { name: 'export.jobs.created', convention: 'snake_case', suggestion: 'export_jobs_created' }, ...dotInSnake.at('export.jobs') }] },
  ],
});
