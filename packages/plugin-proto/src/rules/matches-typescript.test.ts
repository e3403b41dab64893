import { beforeAll } from 'vitest';
import { RuleTester } from '@design-check/core';
import { matchesTypescript } from './matches-typescript.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

// Lines 1–19: the proto; the TypeScript block follows (its first line is 21).
const proto = [
  '## API Contracts', '',
  '```proto',
  'syntax = "proto3";',
  'package acme.loyalty.v1;',
  'message PointsAccount {',
  '  string account_id = 1;',
  '  int64 balance = 2;',
  '  repeated LedgerEntry recent_entries = 3;',
  '  map<string, int64> by_program = 4;',
  '  oneof owner { string member_id = 5; string household_id = 6; }',
  '  string display_name = 7 [json_name = "name"];',
  '}',
  'message LedgerEntry {',
  '  int64 delta = 1;',
  '  message Reason { string code = 1; }',
  '}',
  '```',
  '',
];
const ts = (...lines: string[]) => md(...proto, '```ts', ...lines, '```');
const field = (f: string, line: number, column: number, message = 'PointsAccount') => ({ messageId: 'field', data: { field: f, message }, line, column });

new RuleTester({ plugin: 'proto' }).run(matchesTypescript, {
  valid: [
    ts(
      'export interface PointsAccount {',
      '  accountId: string;',
      '  balance: string;',
      '  recentEntries: LedgerEntry[];',
      '  byProgram: Record<string, string>;',
      '  owner?: { $case: "memberId"; memberId: string } | { $case: "householdId"; householdId: string };',
      '  name: string;',
      '}',
      'export interface LedgerEntry { delta: number }',
      'export interface LedgerEntry_Reason { code: string }',
    ),
    {
      name: 'snake_case properties, the oneof written out, a name map',
      options: { names: { Account: 'PointsAccount' } },
      code: ts('interface Account { account_id: string; balance: number; recent_entries: unknown[]; by_program: object; member_id?: string; household_id?: string; display_name: string }'),
    },
    { name: 'no proto block', code: md('```ts', 'interface PointsAccount { id: string }', '```') },
    {
      name: 'a message that the design shows in part',
      code: md('```proto', 'message Member {', '  ...', '  string tier_code = 9;', '}', '```', '', '```ts', 'interface Member { memberId: string; tierCode: string }', '```'),
    },
  ],
  invalid: [
    {
      name: 'a property the message lacks, a field TypeScript lacks, a repeated field as one value, one value as an array',
      code: ts(
        'export interface PointsAccount {',
        '  accountId: string;',
        '  balance: number[];',
        '  recentEntries: LedgerEntry;',
        '  byProgram: Record<string, number>;',
        '  tier: string;',
        '}',
        'export interface LedgerEntry { delta: number }',
      ),
      errors: [
        { messageId: 'missingInTypeScript', data: { property: 'memberId', field: 'member_id', name: 'PointsAccount', message: 'PointsAccount', hint: '' }, line: 21, column: 18, related: [field('member_id', 11, 24)] },
        { messageId: 'missingInTypeScript', data: { property: 'householdId', field: 'household_id', name: 'PointsAccount', message: 'PointsAccount', hint: '' }, line: 21, column: 18, related: [field('household_id', 11, 46)] },
        { messageId: 'missingInTypeScript', data: { property: 'name', field: 'display_name', name: 'PointsAccount', message: 'PointsAccount', hint: '' }, line: 21, column: 18, related: [field('display_name', 12, 10)] },
        { messageId: 'list', data: { target: 'PointsAccount.balance', actual: 'number[]', message: 'PointsAccount', field: 'balance' }, line: 23, column: 3, related: [field('balance', 8, 9)] },
        { messageId: 'notList', data: { target: 'PointsAccount.recentEntries', actual: 'LedgerEntry', message: 'PointsAccount', field: 'recent_entries' }, line: 24, column: 3, related: [field('recent_entries', 9, 24)] },
        { messageId: 'missingInProto', data: { property: 'tier', name: 'PointsAccount', message: 'PointsAccount', hint: '' }, line: 26, column: 3, related: [{ messageId: 'messageHere', data: { message: 'PointsAccount' }, line: 6, column: 9 }] },
      ],
    },
    {
      name: 'a misspelt property, with a did-you-mean both ways',
      code: ts('export interface LedgerEntry { detla: number }'),
      errors: [
        { messageId: 'missingInTypeScript', data: { property: 'delta', field: 'delta', name: 'LedgerEntry', message: 'LedgerEntry', hint: " (did you mean 'detla'?)" }, line: 21, column: 18, related: [field('delta', 15, 9, 'LedgerEntry')] },
        { messageId: 'missingInProto', data: { property: 'detla', name: 'LedgerEntry', message: 'LedgerEntry', hint: " (did you mean 'delta'?)" }, line: 21, column: 32, related: [{ messageId: 'messageHere', data: { message: 'LedgerEntry' }, line: 14, column: 9 }] },
      ],
    },
  ],
});
