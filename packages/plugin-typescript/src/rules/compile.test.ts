import { beforeAll } from 'vitest';
import { RuleTester } from '@design-check/core';
import { compile } from './compile.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

const NOT_NODE = (name: string) => ({ messageId: 'missingGlobal', data: { name, code: 2591 } });

new RuleTester({ plugin: 'typescript' }).run(compile, {
  valid: [
    md(
      '## Shared Type Definitions', '',
      '```typescript', "export type RefundStatus = 'pending' | 'succeeded';", 'export interface Money { amount: number; currency: string }', '```', '',
      '```ts', 'export interface Refund { id: string; amount: Money; status: RefundStatus; createdAt: string }', '```',
    ),
    { name: 'a syntax error is typescript/syntax\'s finding', code: md('```ts', 'interface A { b: }', '```') },
    { name: 'a block that says @ts-nocheck', code: md('```ts', '// @ts-nocheck', 'const x: number = "no";', '```') },
  ],
  invalid: [
    {
      name: 'an undeclared type and a duplicate property',
      code: md('## Shared Type Definitions', '', '```ts', 'export interface Refund {', '  id: string;', '  amount: Money;', '  id: string;', '}', '```'),
      errors: [
        { messageId: 'compile', data: { message: "Duplicate identifier 'id'", code: 2300 }, line: 5, column: 3, source: 'typescript:TS2300' },
        { messageId: 'compile', data: { message: "Cannot find name 'Money'", code: 2304 }, line: 6, column: 11, endLine: 6, endColumn: 16, source: 'typescript:TS2304' },
        { messageId: 'compile', data: { message: "Duplicate identifier 'id'", code: 2300 }, line: 7, column: 3, source: 'typescript:TS2300' },
      ],
    },
    {
      name: 'a type error before a parse error of its block, none after it',
      code: md('```ts', 'interface Quote { status: PayoutStatus; fee:: number; total: Missing }', '```'),
      errors: [{ messageId: 'compile', data: { message: "Cannot find name 'PayoutStatus'", code: 2304 }, line: 2, column: 27, endLine: 2, endColumn: 39, source: 'typescript:TS2304' }],
    },
    {
      name: 'a module the document does not define',
      code: md('```ts', "import type { Money } from '@acme/payments/money';", 'export interface Refund { amount: Money }', '```'),
      errors: [{ messageId: 'unknownModule', data: { module: '@acme/payments/money', file: 'money.ts', code: 2307 }, line: 2, column: 28, source: 'typescript:TS2307' }],
    },
    {
      name: 'Node globals are not declared',
      code: md('```ts', 'process.exit(1);', "require('child_process').execSync('rm -rf /');", '```'),
      errors: [
        { ...NOT_NODE('process'), line: 2, column: 1, source: 'typescript:TS2591' },
        { ...NOT_NODE('require'), line: 3, column: 1, source: 'typescript:TS2591' },
      ],
    },
    {
      name: 'a wrong assignment keeps its chain and the related location',
      code: md('> ```ts', "> interface Money { amount: number }", "> const fee: Money = { amount: '1.00' };", '> ```'),
      errors: [
        {
          messageId: 'compile',
          data: { message: "Type 'string' is not assignable to type 'number'", code: 2322 },
          line: 3,
          column: 24,
          source: 'typescript:TS2322',
          related: [{ message: "The expected type comes from property 'amount' which is declared here on type 'Money'", line: 2, column: 21 }],
        },
      ],
    },
    {
      name: 'too much TypeScript',
      options: undefined,
      settings: { typescript: { maxBytes: 20 } },
      code: md('# Design', '', '```ts', 'interface Refund { id: string }', '```'),
      errors: [{ messageId: 'tooLarge', data: { bytes: 31, limit: 20 }, line: 3, column: 1 }],
    },
    {
      name: 'types nested too deeply for the compiler: one finding at the deepest block, no crash',
      code: md('```ts', 'interface Ok { id: string }', '```', '', '```ts', `type Deep = ${'{ a: '.repeat(5000)}string${' }'.repeat(5000)};`, '```'),
      errors: [{ messageId: 'tooDeep', line: 5, column: 1 }],
    },
  ],
});
