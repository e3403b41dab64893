import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDesignDoc } from '@design-check/core';
import { typeScriptModel } from '../src/index.js';
import { libFilesParsed } from '../src/engine/host.js';

// Load TypeScript and parse its lib files once for this file, as the first check of a process does.
beforeAll(() => typeScriptModel(parseDesignDoc('```ts\ntype A = string;\n```\n', 'warm-up.md')), 180_000);

const md = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('the blocks are type-checked, never run', () => {
  it('checks process.exit() and child_process without running them', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'design-check-ts-')), 'ran');
    const doc = parseDesignDoc(md(
      '# Design', '',
      '```ts',
      'process.exit(3);',
      `require('child_process').execSync('touch ${marker}');`,
      `new Function("require('fs').writeFileSync('${marker}', 'x')")();`,
      '```',
    ), 'design.md');
    const m = await typeScriptModel(doc);
    // Still here: process.exit() did not run. No marker: neither did execSync or the Function.
    expect(existsSync(marker)).toBe(false);
    expect(m.diagnostics.map((d) => `${d.at.line}:${d.at.column} TS${d.code} ${d.message}`)).toEqual([
      "4:1 TS2591 Cannot find name 'process'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node` and then add 'node' to the types field in your tsconfig",
      "5:1 TS2591 Cannot find name 'require'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node` and then add 'node' to the types field in your tsconfig",
    ]);
  });

  it('reads no file but TypeScript\'s own lib files', async () => {
    const pkg = fileURLToPath(new URL('../package.json', import.meta.url));
    const doc = parseDesignDoc(md(
      '```ts',
      `/// <reference path="${pkg}" />`,
      '/// <reference types="node" />',
      `import data from '${pkg}';`,
      'export const x = data;',
      '```',
    ), 'design.md');
    const codes = (await typeScriptModel(doc)).diagnostics.map((d) => [d.at.line, d.code]);
    expect(codes).toEqual([[2, 6053], [3, 2688], [4, 2307]]);
  });

  it('parses the lib files once for the life of the process', async () => {
    await typeScriptModel(parseDesignDoc(md('```ts', 'type A = Record<string, number>;', '```'), 'a.md'));
    const parsed = libFilesParsed();
    expect(parsed).toBeGreaterThan(10);
    await typeScriptModel(parseDesignDoc(md('```ts', 'type B = Promise<Map<string, Set<number>>>;', '```'), 'b.md'));
    expect(libFilesParsed()).toBe(parsed);
  });
});
