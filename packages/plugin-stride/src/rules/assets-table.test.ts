import { RuleTester } from '@design-check/core';
import { ASSETS, design, where } from '../__fixtures__/docs.js';
import { assetsTable } from './assets-table.js';

const emptyExposure = design({ assets: [ASSETS[0], '| Payout batches | restricted |   |'] });
const noAsset = design({ assets: [ASSETS[0], '|  | restricted | bank-transfer queue |'] });
const twoColumns = design({ assetHeader: '| Asset | Classification |', assets: ['| Payout batches | restricted |'] });
const noTable = design().replace(/\| Asset \|[^]*?\n\n/, 'Payout settings and batches.\n\n');

new RuleTester({ plugin: 'stride' }).run(assetsTable, {
  valid: [
    design(),
    { name: 'moved and extra columns, other header names', code: design({ assetHeader: '| Exposure | Owner | Data asset | Sensitivity |', assets: ['| Payout Schedule API | Payouts team | Seller payout settings | confidential |'] }) },
    { name: 'a threat model that does not apply', code: '# Design\n\n## Security Threat Model\n\nN/A: this mission changes only an internal batch schedule; no new attack surface.\n' },
    { name: 'no threat model: structure/required-sections reports that', code: '# Design\n\n## Context & Goals\n\nText.\n' },
  ],
  invalid: [
    {
      name: 'an empty Exposure cell',
      code: emptyExposure,
      errors: [{ messageId: 'emptyCell', data: { column: 'Exposure', asset: 'Payout batches', what: 'where it is exposed (API, storage, logs, queues)' }, line: 17, column: 33 }],
    },
    {
      name: 'an empty Asset cell',
      code: noAsset,
      errors: [{ messageId: 'noAsset', data: { row: 2 }, line: 17, column: 3 }],
    },
    {
      name: 'a missing column',
      code: twoColumns,
      errors: [{ messageId: 'missingColumn', data: { column: 'Exposure' }, ...where(twoColumns, '| Asset |') }],
    },
    {
      name: 'no table',
      code: noTable,
      errors: [{ messageId: 'noTable', data: { section: 'Assets at Risk' }, ...where(noTable, '### Assets') }],
    },
  ],
});
