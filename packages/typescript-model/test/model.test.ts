import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesignDoc } from '@design-check/core';
import { typeScriptDeclarations, typeScriptModel, type TsDiagnostic } from '../src/index.js';

// Load TypeScript and parse its lib files once for this file, as the first check of a process does.
beforeAll(() => typeScriptModel(parseDesignDoc('```ts\ntype A = string;\n```\n', 'warm-up.md')), 180_000);

const md = (...lines: string[]) => `${lines.join('\n')}\n`;
const model = (text: string, settings?: Record<string, unknown>) => typeScriptModel(parseDesignDoc(text, 'design.md'), settings);
const brief = (ds: TsDiagnostic[]) => ds.map((d) => `${d.at.line}:${d.at.column} TS${d.code} ${d.message}`);

describe('one program for all blocks of a document', () => {
  it('sees the declarations of one block in the others, with or without export', async () => {
    const m = await model(md(
      '# Design', '',
      '```ts', 'export interface Money { amount: number; currency: string }', 'type Status = "open" | "closed";', '```', '',
      '```typescript', 'export interface Invoice { total: Money; status: Status }', '```',
    ));
    expect(m.diagnostics).toEqual([]);
    expect(m.names).toEqual(['Money', 'Status', 'Invoice']);
  });

  it('reads export lists and global augmentations as a module would mean them', async () => {
    const m = await model(md(
      '```ts', 'interface A { a: string }', 'type B = A;', 'export { A };', 'export type { B };', '```', '',
      '```ts', 'type C = B;', 'export {};', '```', '',
      '```ts', 'export {};', 'declare global { interface Window { title: string } }', '```', '',
      '```ts', 'interface D { d: C }', 'export { D as Dee };', '```',
    ));
    expect(m.diagnostics).toEqual([]);
    expect(m.names).toEqual(['A', 'B', 'C', 'D']);
  });

  it('reports an undeclared type, a duplicate property and a syntax error on their markdown lines', async () => {
    const m = await model(md(
      '# Design', '',
      '```ts', 'interface Refund {', '  id: string;', '  id: string;', '  amount: Money;', '}', '```', '',
      '```ts', 'interface Broken {', '  a: string', '  b:', '}', '```', '',
      '```ts', 'const n: number = "one";', '```',
    ));
    expect(brief(m.diagnostics)).toEqual([
      "5:3 TS2300 Duplicate identifier 'id'",
      "6:3 TS2300 Duplicate identifier 'id'",
      "7:11 TS2304 Cannot find name 'Money'",
      '15:1 TS1110 Type expected',
      "19:7 TS2322 Type 'string' is not assignable to type 'number'",
    ]);
    expect(m.diagnostics.map((d) => d.kind)).toEqual(['semantic', 'semantic', 'semantic', 'syntax', 'semantic']);
    expect(m.diagnostics[2].at).toEqual({ line: 7, column: 11, endLine: 7, endColumn: 16 });
  });

  it('maps positions through fences in lists, blockquotes and CRLF line endings', async () => {
    const text = md(
      '# Design', '',
      '1. Shared types:', '',
      '   ```ts', '   interface A { b: Missing }', '   ```', '',
      '> ```ts', '> interface C { d: Gone }', '> ```', '',
      '- nested:', '  - deeper:', '', '    ```ts', '    type E = Nope;', '    ```',
    ).replace(/\n/g, '\r\n');
    const m = await model(text);
    expect(brief(m.diagnostics)).toEqual([
      "6:21 TS2304 Cannot find name 'Missing'",
      "10:20 TS2304 Cannot find name 'Gone'",
      "17:14 TS2304 Cannot find name 'Nope'",
    ]);
  });

  it('keeps the message chain of a diagnostic', async () => {
    const m = await model(md('```ts', 'interface A { x: { y: string } }', 'const a: A = { x: { y: 1 } };', '```'));
    expect(m.diagnostics).toHaveLength(1);
    expect(m.diagnostics[0]).toMatchObject({ code: 2322, message: "Type 'number' is not assignable to type 'string'", at: { line: 3, column: 21 } });
    expect(m.diagnostics[0].related).toEqual([{ message: "The expected type comes from property 'y' which is declared here on type '{ y: string; }'", at: { line: 2, column: 20, endLine: 2, endColumn: 21 } }]);
  });
});

describe('imports', () => {
  it('reports an import of a module that the document does not define, and resolves none from disk', async () => {
    const m = await model(md('```ts', "import type { Money } from '@acme/money';", "import { readFileSync } from 'node:fs';", "import pkg from '../package.json';", 'export interface Refund { amount: Money }', '```'));
    expect(m.diagnostics.map((d) => [d.at.line, d.at.column, d.code, d.module])).toEqual([
      [2, 28, 2307, '@acme/money'],
      [3, 30, 2307, 'node:fs'],
      [4, 17, 2307, '../package.json'],
    ]);
  });

  it('resolves an import to the block that names itself after the module', async () => {
    const m = await model(md(
      '```ts title="money.ts"', 'export interface Money { amount: number }', '```', '',
      '```ts', '// contracts/refund.ts', "import type { Money } from './money';", 'export interface Refund { amount: Money }', '```', '',
      '```ts', "import type { Refund } from '../contracts/refund.js';", 'export type Refunds = Refund[];', '```',
    ));
    expect(m.diagnostics).toEqual([]);
    expect(m.blocks.map((b) => b.moduleNames)).toEqual([['money.ts'], ['contracts/refund.ts'], []]);
  });

  it('gives a module block its own scope, as TypeScript does', async () => {
    const m = await model(md(
      '```ts', '// money.ts', 'export interface Money { amount: number }', '```', '',
      '```ts', "import type { Money } from './money';", 'export interface Refund { amount: Money }', '```', '',
      '```ts', 'interface Payout { amount: Money }', '```',
    ));
    expect(brief(m.diagnostics)).toEqual(["12:28 TS2304 Cannot find name 'Money'"]);
  });
});

describe('the declarations view', () => {
  it('describes interfaces, aliases and enums as plain data with their markdown locations', async () => {
    const decls = await typeScriptDeclarations(parseDesignDoc(md(
      '```ts',
      "export type RefundStatus = 'pending' | 'failed';",
      'enum Channel { Web = "web", App = "app" }',
      'interface Base { readonly id: string }',
      'export interface Refund extends Base {',
      '  status: RefundStatus;',
      '  note?: string | null;',
      '  lines: Array<{ sku: string }>;',
      '  tags: readonly string[];',
      '  createdAt: Date;',
      '  channel: Channel;',
      '}',
      'type Page<T> = { items: T[] };',
      'type RefundInput = Omit<Refund, "id" | "createdAt">;',
      '```',
    ), 'design.md'));
    expect(decls.map((d) => `${d.kind} ${d.name} ${d.at.line}:${d.at.column}${d.exported ? ' exported' : ''}`)).toEqual([
      'type RefundStatus 2:13 exported',
      'enum Channel 3:6',
      'interface Base 4:11',
      'interface Refund 5:18 exported',
      'type Page 13:6',
      'type RefundInput 14:6',
    ]);
    expect(decls[0].type).toEqual({ text: "'pending' | 'failed'", kind: 'string', literals: ['pending', 'failed'] });
    expect(decls[1].members).toEqual([
      { name: 'Web', value: 'web', at: { line: 3, column: 16, endLine: 3, endColumn: 19 } },
      { name: 'App', value: 'app', at: { line: 3, column: 29, endLine: 3, endColumn: 32 } },
    ]);
    const refund = decls.find((d) => d.name === 'Refund')!;
    expect(refund.properties.map((p) => `${p.name}${p.optional ? '?' : ''}${p.nullable ? ' null' : ''} ${p.type.kind} ${p.declaredIn} ${p.at.line}:${p.at.column}`)).toEqual([
      'status string Refund 6:3',
      'note? null string Refund 7:3',
      'lines array Refund 8:3',
      'tags array Refund 9:3',
      'createdAt object Refund 10:3',
      'channel string Refund 11:3',
      'id string Base 4:27',
    ]);
    const types = Object.fromEntries(refund.properties.map((p) => [p.name, p.type]));
    expect(types.status).toEqual({ text: 'RefundStatus', kind: 'string', name: 'RefundStatus', declared: true, literals: ['pending', 'failed'] });
    expect(types.note).toEqual({ text: 'string', kind: 'string' });
    expect(types.lines).toMatchObject({ text: 'Array<{ sku: string }>', kind: 'array', name: 'Array', declared: false, items: { text: '{ sku: string }', kind: 'object' } });
    expect(types.tags).toEqual({ text: 'string[]', kind: 'array', items: { text: 'string', kind: 'string' } });
    expect(types.createdAt).toEqual({ text: 'Date', kind: 'object', name: 'Date', declared: false });
    expect(types.channel).toEqual({ text: 'Channel', kind: 'string', name: 'Channel', declared: true, literals: ['web', 'app'] });
    expect(decls.find((d) => d.name === 'Page')).toMatchObject({ generic: true, properties: [] });
    expect(decls.find((d) => d.name === 'RefundInput')!.properties.map((p) => p.name)).toEqual(['status', 'note', 'lines', 'tags', 'channel']);
  });

  it('builds the model once per document', async () => {
    const doc = parseDesignDoc(md('```ts', 'interface A { a: string }', '```'), 'design.md');
    expect(await typeScriptModel(doc)).toBe(await typeScriptModel(doc));
  });
});

describe('limits and settings', () => {
  it('does not compile blocks over the size limit', async () => {
    const m = await model(md('```ts', `type A = '${'x'.repeat(200)}';`, '```'), { typescript: { maxBytes: 100 } });
    expect(m.tooLarge).toEqual({ bytes: 212, limit: 100 });
    expect(m.diagnostics).toEqual([]);
  });

  it('loads another of TypeScript\'s lib files when the settings name it', async () => {
    const text = md('```ts', 'interface Props { el: HTMLElement }', '```');
    expect(brief((await model(text)).diagnostics)).toEqual(["2:23 TS2304 Cannot find name 'HTMLElement'"]);
    expect((await model(text, { typescript: { lib: ['es2023', 'dom'] } })).diagnostics).toEqual([]);
  });
});
