import { beforeAll } from 'vitest';
import { RuleTester } from '@design-check/core';
import { matchesTypescript } from './matches-typescript.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

// Lines 1–16: the schema; the TypeScript block follows.
const schema = [
  '## API Contracts', '',
  '```graphql',
  'scalar DateTime',
  'type Review {',
  '  id: ID!',
  '  rating: Int!',
  '  body: String',
  '  tags: [String!]!',
  '  author(locale: String): Reviewer',
  '  createdAt: DateTime!',
  '}',
  'type Reviewer { id: ID! displayName: String! }',
  'input ReviewInput { rating: Int! body: String }',
  'extend type Query { reviews: [Review!]! }',
  '```',
  '',
];
const ts = (...lines: string[]) => md(...schema, '```ts', ...lines, '```');
const field = (f: string, line: number, column: number, type = 'Review') => ({ messageId: 'field', data: { field: f, type }, line, column });

new RuleTester({ plugin: 'graphql' }).run(matchesTypescript, {
  valid: [
    ts(
      'export interface Review {',
      '  __typename?: "Review";',
      '  id: string;',
      '  rating: number;',
      '  body: string | null;',
      '  tags: string[];',
      '  createdAt: string;',
      '}',
      'export type ReviewInput = { rating: number; body?: string };',
      'export interface ReviewSummary { count: number }',
    ),
    {
      name: 'a TypeScript type named differently, through the names option',
      options: { names: { ReviewerDto: 'Reviewer' } },
      code: ts('interface ReviewerDto { id: string; displayName: string }'),
    },
    { name: 'no GraphQL block', code: md('```ts', 'interface Review { id: string }', '```') },
    {
      name: 'a type that the document only extends: the rest of the schema has more fields',
      code: md('```graphql', 'extend type Product @key(fields: "upc") {', '  upc: String! @external', '}', '```', '', '```ts', 'interface Product { upc: string; title: string }', '```'),
    },
    {
      name: 'a type that the design shows in part',
      code: md('```graphql', 'type Order {', '  …', '  refundStatus: String', '}', '```', '', '```ts', 'interface Order { id: string; refundStatus: string | null }', '```'),
    },
  ],
  invalid: [
    {
      name: 'a property GraphQL lacks, a field TypeScript lacks, nullability both ways, a list',
      code: ts(
        'export interface Review {',
        '  id?: string;',
        '  rating: number;',
        '  body: string;',
        '  tags: string;',
        '  createdAt: string;',
        '  helpfulVotes: number;',
        '}',
        'export interface ReviewInput { rating: number | null; comment?: string }',
      ),
      errors: [
        { messageId: 'notNullable', data: { target: 'Review.id', property: 'id', actual: 'string', type: 'Review', field: 'id', fieldType: 'ID!', how: 'optional' }, line: 20, column: 3, related: [field('id', 6, 3)] },
        { messageId: 'nullable', data: { target: 'Review.body', property: 'body', actual: 'string', type: 'Review', field: 'body', fieldType: 'String' }, line: 22, column: 3, related: [field('body', 8, 3)] },
        { messageId: 'notList', data: { target: 'Review.tags', property: 'tags', actual: 'string', type: 'Review', field: 'tags', fieldType: '[String!]!' }, line: 23, column: 3, related: [field('tags', 9, 3)] },
        { messageId: 'missingInGraphql', data: { property: 'helpfulVotes', name: 'Review', type: 'Review', hint: '' }, line: 25, column: 3, related: [{ messageId: 'typeHere', data: { type: 'Review' }, line: 5, column: 6 }] },
        { messageId: 'missingInTypeScript', data: { field: 'body', fieldType: 'String', name: 'ReviewInput', type: 'ReviewInput', hint: '' }, line: 27, column: 18, related: [field('body', 14, 34, 'ReviewInput')] },
        { messageId: 'notNullable', data: { target: 'ReviewInput.rating', property: 'rating', actual: 'number', type: 'ReviewInput', field: 'rating', fieldType: 'Int!', how: 'nullable' }, line: 27, column: 32, related: [field('rating', 14, 21, 'ReviewInput')] },
        { messageId: 'missingInGraphql', data: { property: 'comment', name: 'ReviewInput', type: 'ReviewInput', hint: '' }, line: 27, column: 55, related: [{ messageId: 'typeHere', data: { type: 'ReviewInput' }, line: 14, column: 7 }] },
      ],
    },
    {
      name: 'a misspelt property, with a did-you-mean both ways',
      code: ts('export interface Reviewer { id: string; displayNmae: string }'),
      errors: [
        { messageId: 'missingInTypeScript', data: { field: 'displayName', fieldType: 'String!', name: 'Reviewer', type: 'Reviewer', hint: " (did you mean 'displayNmae'?)" }, line: 19, column: 18, related: [field('displayName', 13, 25, 'Reviewer')] },
        { messageId: 'missingInGraphql', data: { property: 'displayNmae', name: 'Reviewer', type: 'Reviewer', hint: " (did you mean 'displayName'?)" }, line: 19, column: 41, related: [{ messageId: 'typeHere', data: { type: 'Reviewer' }, line: 13, column: 6 }] },
      ],
    },
  ],
});
