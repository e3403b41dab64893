import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '@design-check/core';
import typescript from '../src/index.js';
import { brief, fixture, lintAll, warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every TypeScript finding on the exact markdown line and column, clean blocks clean.
 */
const compact = async (name: string) => (await lintAll(fixture(name))).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? d.messageId}${d.source ? '' : ` ${JSON.stringify(d.data)}`}`);

describe('clean designs that the team had not seen give no finding', () => {
  const clean = [
    // Numbered headings; OpenAPI 3.1 with a `type` list and `allOf`; a TS enum and `extends`;
    // two blocks inside list items; bold and emoji in the contracts table.
    'unseen-clean-loyalty.md',
    // Blocks named in their fences (```ts title="enums.ts", one in a blockquote) importing each
    // other; a generic Page<T>, Partial<Record<…>>, a discriminated union; `allOf: [$ref]` with
    // `nullable`; a contract type inside a link and one defined by its field list.
    'unseen-clean-notifications.md',
    // CRLF; no OpenAPI but a GraphQL schema; blocks in a numbered list; branded types, bigint,
    // `declare function`.
    'unseen-crlf-clean-sessions.md',
  ];
  for (const name of clean) {
    it(name, async () => {
      expect(brief(await lintAll(fixture(name)))).toEqual([]);
    });
  }

  it('stay clean under the strict preset', async () => {
    const config = resolveConfig([typescript], { config: { extends: ['strict'] }, dir: '.' });
    for (const name of clean) expect(brief(await lintAll(fixture(name), { config }))).toEqual([]);
  });
});

describe('seeded defects are found on their lines', () => {
  it('CRLF shipping design: an enum member spelt differently, nullability on each side, an undeclared contract type', async () => {
    expect(await compact('unseen-crlf-shipping.md')).toEqual([
      '142:68 typescript/contract-types undeclared {"name":"LabelReadyWebhook","column":"Contract","hint":""}',
      '161:3 typescript/matches-openapi membersDiffer {"target":"LabelRequest.serviceLevel","details":"\'same-day\' only in TypeScript, \'same_day\' only in OpenAPI","schema":"LabelRequest"}',
      '169:3 typescript/matches-openapi nullOnlyInOpenApi {"target":"Label.trackingNumber","property":"trackingNumber","schema":"Label","actual":"string"}',
      '171:3 typescript/matches-openapi nullOnlyInTs {"target":"Label.failureReason","property":"failureReason","schema":"Label","actual":"string"}',
    ]);
  });

  it('inventory design with emoji headings and blocks in a numbered list', async () => {
    expect(await compact('unseen-defects-inventory.md')).toEqual([
      '104:30 typescript/contract-types undeclared {"name":"FeedStalled","column":"Contract","hint":""}',
      '113:21 typescript/matches-openapi missingInTypeScript {"property":"safetyStock","name":"StockLevel","schema":"StockLevel","hint":""}',
      '117:6 typescript/matches-openapi optionalInTs {"target":"StockLevel.reserved","property":"reserved","schema":"StockLevel","actual":"number"}',
      '118:6 typescript/matches-openapi typeDiffers {"actual":"Date","target":"StockLevel.updatedAt","expected":"string (date-time)","schema":"StockLevel"}',
      '120:6 typescript/matches-openapi missingInOpenApi {"property":"location","name":"StockLevel","schema":"StockLevel","hint":""}',
      '140:15 typescript/compile typescript:TS2591',
    ]);
  });

  it('payouts design with split, reordered contract tables and blocks that import each other', async () => {
    expect(await compact('unseen-defects-payouts.md')).toEqual([
      '139:34 typescript/compile typescript:TS2307',
      '152:3 typescript/compile typescript:TS2300',
      '155:3 typescript/compile typescript:TS2300',
      '173:11 typescript/compile typescript:TS2304',
      '182:3 typescript/syntax typescript:TS1131',
    ]);
  });

  it('flags design with a JSON OpenAPI, a ~~~ts fence, intersections and a numeric enum', async () => {
    // The events were written as an indented code block holding a fence, so they are not a
    // TypeScript block: the contracts table names two types that no block declares.
    expect(await compact('unseen-defects-flags.md')).toEqual([
      '111:48 typescript/contract-types undeclared {"name":"FlagDefinitionEvent","column":"Contract","hint":""}',
      '112:54 typescript/contract-types undeclared {"name":"ExposureEvent","column":"Contract","hint":""}',
      '147:3 typescript/matches-openapi membersDiffer {"target":"FlagResult.priority","details":"3 only in TypeScript","schema":"FlagResult"}',
      '148:3 typescript/matches-openapi optionalInOpenApi {"target":"FlagResult.ruleId","property":"ruleId","schema":"FlagResult","actual":"string"}',
    ]);
  });
});
