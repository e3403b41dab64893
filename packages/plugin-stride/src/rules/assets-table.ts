import type { Rule } from '@design-check/core';
import { ASSET_COLUMNS } from '../columns.js';
import { appliesTo, threatModelOf } from '../model.js';
import { at, emptiness, excerpt, leftToStructure, NO_OPTIONS, missingTable, leftToEmptySections } from '../util.js';

type MessageId = 'noTable' | 'missingColumn' | 'noAsset' | 'emptyCell';

const REQUIRED = ['asset', 'classification', 'exposure'] as const;
const NAME = { asset: 'Asset', classification: 'Classification', exposure: 'Exposure' } as const;
const WHAT = { classification: 'its data classification', exposure: 'where it is exposed (API, storage, logs, queues)' } as const;

/** The Assets at Risk table exists, has its three columns, and fills them on every row. */
export const assetsTable: Rule<Record<string, never>, MessageId> = {
  name: 'assets-table',
  meta: {
    description: 'Require an Assets at Risk table with Asset, Classification and Exposure filled in on every row.',
    messages: {
      noTable: 'Missing Assets at Risk table in "{{section}}"; add a table with the columns Asset, Classification and Exposure',
      missingColumn: 'Missing column "{{column}}" in the Assets at Risk table, expected the columns Asset, Classification and Exposure',
      noAsset: 'Missing asset in row {{row}} of the Assets at Risk table; write what is at risk (data, funds, credentials)',
      emptyCell: 'Missing {{column}} of asset "{{asset}}"; write {{what}}',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo,
  },
  check(ctx) {
    const model = threatModelOf(ctx.doc);
    if (model.notApplicable) return;
    if (!model.assetTables.length) {
      if (!leftToEmptySections(ctx, model.assetsSection)) ctx.report({ messageId: 'noTable', ...missingTable(model.assetsSection, model.section!) });
      return;
    }
    for (const { table, columns } of model.assetTables) {
      for (const role of REQUIRED) {
        if (columns[role] < 0) ctx.report({ messageId: 'missingColumn', data: { column: NAME[role] }, at: { line: table.line, column: table.column } });
      }
    }
    for (const a of model.assets) {
      for (const role of REQUIRED) {
        if (a.table.columns[role] < 0) continue;
        const why = emptiness(a[role]);
        if (!why || leftToStructure(ctx, why)) continue;
        const row = a.table.table.rows.indexOf(a.row) + 1;
        if (role === 'asset') ctx.report({ messageId: 'noAsset', data: { row }, at: at(a.asset, a.row) });
        else ctx.report({ messageId: 'emptyCell', data: { column: NAME[role], asset: a.asset && !emptiness(a.asset) ? excerpt(a.asset.text) : `row ${row}`, what: WHAT[role] }, at: at(a[role], a.row) });
      }
    }
  },
};
