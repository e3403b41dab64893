import { beforeAll } from 'vitest';
import { RuleTester } from '@design-check/core';
import { syntax } from './syntax.js';
import { md, warmUp, WARM_UP_MS } from '../../test/helpers.js';

beforeAll(warmUp, WARM_UP_MS);

new RuleTester({ plugin: 'typescript' }).run(syntax, {
  valid: [
    md('## Shared Type Definitions', '', '```typescript', 'export interface Refund {', '  id: string;', '  amount?: number;', '}', '```'),
    { name: 'a type error is not a syntax error', code: md('```ts', 'interface A { b: Missing }', '```') },
    { name: 'a tsx block is not compiled', code: md('```tsx', 'export const A = () => <div>{</div>;', '```') },
  ],
  invalid: [
    {
      name: 'a property without a type',
      code: md('## Shared Type Definitions', '', '```ts', 'export interface Refund {', '  id: string', '  amount:', '}', '```'),
      errors: [{ messageId: 'syntax', data: { message: 'Type expected', code: 1110 }, line: 7, column: 1, source: 'typescript:TS1110' }],
    },
    {
      name: 'an unclosed interface in a list item; the next block is still read on its own',
      code: md('- Events:', '', '  ```ts', '  interface RefundCreated {', '    id: string;', '  ```', '', '```ts', 'interface Fine { a: string }', '```'),
      errors: [{ messageId: 'syntax', data: { message: "'}' expected", code: 1005 }, line: 5, column: 16, source: 'typescript:TS1005' }],
    },
    {
      name: 'the first parse error of a block, not the ones that follow from it',
      code: md('```ts', 'export interface Quote {', '  fee: Amount', '  expiresAt string;', '}', '```'),
      errors: [{ messageId: 'syntax', data: { message: 'Property or signature expected', code: 1131 }, line: 4, column: 3, source: 'typescript:TS1131' }],
    },
    {
      name: 'CRLF line endings',
      code: md('```ts', 'type Status = "a" | ;', '```').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'syntax', data: { message: 'Type expected', code: 1110 }, line: 2, column: 21, source: 'typescript:TS1110' }],
    },
  ],
});
