import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, run } from './helpers.js';

const cache = mkdtempSync(join(tmpdir(), 'dc-cli-compile-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the compile cache of the CLI', () => {
  it('is written by a first run, for this thread and each engine thread, and changes no finding; the next run prestarts the engines', () => {
    const args = ['--format', 'json', join(EXAMPLES, 'defects'), join(EXAMPLES, 'refund-service')];
    const env = { DESIGN_CHECK_COMPILE_CACHE: cache };
    const off = run(args, { env: { DESIGN_CHECK_COMPILE_CACHE: '0' } });
    const first = run(args, { env });
    const [folder] = readdirSync(cache);
    expect(folder).toBe(`${process.version}-${process.arch}`);
    // The main thread (YAML, Ajv…), core's parser thread (remark) and the artifact engines' thread
    // (Redocly, Spectral, TypeScript), for this installation; and what the next run starts ahead.
    const files = readdirSync(join(cache, folder)).sort();
    const install = /^main-([0-9a-f]{10})\.cache$/.exec(files[1])?.[1];
    expect(files).toEqual([`engines-${install}.cache`, `main-${install}.cache`, `parser-${install}.cache`, `prestart-${install}.json`]);
    const prestart = JSON.parse(readFileSync(join(cache, folder, `prestart-${install}.json`), 'utf8')) as Array<{ lane: string; fn: string }>;
    // The parser thread loads remark before the first parse; the engines' thread loads Redocly, Spectral and TypeScript before the first lint.
    expect(prestart.map((w) => `${w.lane} ${w.fn}`)).toEqual(['parser ready', 'engines redoclyReady', 'engines spectralReady', 'engines warmUp']);
    const second = run(args, { env });
    expect(off.code).toBe(1);
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(off.stdout));
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(off.stdout));
    expect([first.stderr, second.stderr]).toEqual([off.stderr, off.stderr]);
  });
});
