import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '@design-check/core';
import proto from '../src/index.js';
import { compact, fixture, lintAll, warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

/** A design of the GraphQL plugin's fixtures that has proto blocks too. */
const graphqlFixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../plugin-graphql/test/fixtures/${name}`, import.meta.url)), 'utf8');

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every proto finding on the exact markdown line and column, clean blocks clean.
 */
describe('clean designs that the team had not seen give no finding', () => {
  const clean = {
    // Numbered headings; a ~~~proto fence; google.api.http options with aggregate values,
    // field_behavior, google.type.Money from an import the document does not show, nested
    // enums, a oneof, a map, `optional`, `reserved … to max`, a streaming rpc; a fragment in a
    // list item without syntax or package; the JSON mapping in TypeScript with a oneof's fields.
    'unseen-clean-payouts.md': fixture('unseen-clean-payouts.md'),
    // `edition = "2023"`; two packages, one referring to the other; a type of an imported
    // package the document does not show; GraphQL operations only.
    'unseen-clean-search-gateway.md': graphqlFixture('unseen-clean-search-gateway.md'),
  };
  for (const [name, text] of Object.entries(clean)) {
    it(name, async () => {
      expect(compact(await lintAll(text))).toEqual([]);
    });
  }

  it('stay clean under the strict preset', async () => {
    const config = resolveConfig([proto], { config: { extends: ['strict'] }, dir: '.' });
    for (const text of Object.values(clean)) expect(compact(await lintAll(text, { config }))).toEqual([]);
  });
});

describe('seeded defects are found on their lines', () => {
  it('fleet design with emoji headings, a proto2 envelope, a fragment in a blockquote', async () => {
    // The blockquote's `Location` is also a second definition of `Location`; its missing `;`
    // stops the parse first, as it stops protoc.
    expect(compact(await lintAll(fixture('unseen-defects-fleet.md')))).toEqual([
      `60:3 proto/known-types unknownType {"type":"VehicleStaus","usedBy":"field Report.status","hint":" (did you mean 'VehicleStatus'?)"}`,
      '65:29 proto/field-numbers numberReused {"number":2,"field":"fuel_level_pct","message":"Report.EngineReading","first":"rpm"}',
      '80:27 proto/enum-values enumNumberReused {"number":2,"value":"VEHICLE_STATUS_PARKED","enum":"VehicleStatus","first":"VEHICLE_STATUS_IDLE"}',
      '86:28 proto/field-numbers numberReserved {"number":12,"field":"last_vehicle_id","message":"PushAck"}',
      `108:3 proto/syntax syntax {"token":"'}'","expected":"';'"}`,
      '137:3 proto/matches-typescript notList {"target":"VehicleSnapshot.activeAlerts","actual":"string","message":"VehicleSnapshot","field":"active_alerts"}',
      '138:3 proto/matches-typescript missingInProto {"property":"odometerKm","name":"VehicleSnapshot","message":"VehicleSnapshot","hint":""}',
    ]);
  });

  it('a design that adds an rpc and fields to an existing service and message, and shows a message in part', async () => {
    expect(compact(await lintAll(fixture('unseen-defects-refund-extension.md')))).toEqual([
      '36:25 proto/field-numbers numberImplementation {"number":19021,"field":"refund_trace","message":"the fields of this block"}',
    ]);
  });

  it('CRLF notifications design with proto and GraphQL fragments in a numbered list, split contract tables', async () => {
    expect(compact(await lintAll(fixture('crlf-unseen-mixed-notifications.md')))).toEqual([
      '44:30 proto/field-numbers numberImplementation {"number":19002,"field":"evaluated_at_ms","message":"CheckSendResponse"}',
      '140:5 proto/matches-typescript missingInProto {"property":"updatedBy","name":"CustomerPreferences","message":"CustomerPreferences","hint":""}',
    ]);
  });
});
