import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '@design-check/core';
import graphql from '../src/index.js';
import { compact, fixture, lintAll, warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

/** A design of the proto plugin's fixtures that has GraphQL blocks too. */
const protoFixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../plugin-proto/test/fixtures/${name}`, import.meta.url)), 'utf8');

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every GraphQL finding on the exact markdown line and column, clean blocks clean.
 */
describe('clean designs that the team had not seen give no finding', () => {
  const clean = {
    // Federation 2: `extend schema @link`, `@key`, `@shareable`, `@tag`, `@inaccessible`;
    // descriptions, custom scalars, an interface that implements another, a union, defaults,
    // deprecated enum values, `extend type Query`; a client query with a fragment that uses
    // fields of other subgraphs; graphql-codegen types with `Maybe<T>` and `__typename`.
    'unseen-clean-catalog-federation.md': fixture('unseen-clean-catalog-federation.md'),
    // Client operations only, no schema; proto blocks beside them.
    'unseen-clean-search-gateway.md': fixture('unseen-clean-search-gateway.md'),
  };
  for (const [name, text] of Object.entries(clean)) {
    it(name, async () => {
      expect(compact(await lintAll(text))).toEqual([]);
    });
  }

  it('stay clean under the strict preset', async () => {
    const config = resolveConfig([graphql], { config: { extends: ['strict'] }, dir: '.' });
    for (const text of Object.values(clean)) expect(compact(await lintAll(text, { config }))).toEqual([]);
  });
});

describe('seeded defects are found on their lines', () => {
  it('CRLF reviews design with the schema in a numbered list, one block unclosed', async () => {
    // The third block also defines `Review` a second time; its unclosed type stops the parse first.
    expect(compact(await lintAll(fixture('crlf-unseen-defects-reviews.md')))).toEqual([
      '34:9 graphql/interfaces-implemented missingField {"iface":"Votable","field":"voteUrl","type":"Review"}',
      '44:16 graphql/known-types unknown {"name":"JSON","usedBy":" of Review.metadata","hint":"define it, or declare `scalar JSON` for a custom scalar"}',
      '64:38 graphql/known-types unknown {"name":"ReviewsFilterInput","usedBy":" of Query.reviews(filter:)","hint":"define it, or declare `scalar ReviewsFilterInput` for a custom scalar"}',
      '84:6 graphql/unique-definitions duplicate {"what":"enum value ReviewSort.NEWEST"}',
      '100:34 graphql/syntax expected {"expected":"Name","found":"<EOF>"}',
      '116:3 graphql/matches-typescript nullable {"target":"Review.title","property":"title","actual":"string","type":"Review","field":"title","fieldType":"String"}',
      '124:3 graphql/matches-typescript missingInGraphql {"property":"locale","name":"Review","type":"Review","hint":""}',
      '134:3 graphql/matches-typescript notList {"target":"SubmitReviewInput.photoUploadIds","property":"photoUploadIds","actual":"string","type":"SubmitReviewInput","field":"photoUploadIds","fieldType":"[ID!]"}',
    ]);
  });

  it('a design that shows an existing type in part, with types of the rest of the schema', async () => {
    expect(compact(await lintAll(protoFixture('unseen-defects-refund-extension.md')))).toEqual([
      '115:3 graphql/matches-typescript nullable {"target":"Order.refundedTotal","property":"refundedTotal","actual":"{ amount: number; currencyCode: string }","type":"Order","field":"refundedTotal","fieldType":"Money"}',
    ]);
  });

  it('CRLF notifications design with proto and GraphQL fragments in a numbered list', async () => {
    expect(compact(await lintAll(protoFixture('crlf-unseen-mixed-notifications.md')))).toEqual([
      '155:5 graphql/matches-typescript nullable {"target":"NotificationPreferences.quietHours","property":"quietHours","actual":"{ startLocal: string; endLocal: string; timeZone: string }","type":"NotificationPreferences","field":"quietHours","fieldType":"QuietHours"}',
    ]);
  });
});
