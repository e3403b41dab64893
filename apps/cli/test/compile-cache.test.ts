import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, run } from './helpers.js';

const cache = mkdtempSync(join(tmpdir(), 'dc-cli-compile-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the compile cache of the CLI', () => {
  it('is written by a first run, for this thread and each engine thread, and changes no finding', () => {
    const args = ['--format', 'json', join(EXAMPLES, 'defects'), join(EXAMPLES, 'refund-service')];
    const env = { DESIGN_CHECK_COMPILE_CACHE: cache };
    const off = run(args, { env: { DESIGN_CHECK_COMPILE_CACHE: '0' } });
    const first = run(args, { env });
    const [folder] = readdirSync(cache);
    expect(folder).toBe(`${process.version}-${process.arch}`);
    // The main thread (YAML, Ajv…), core's engine thread (TypeScript) and the OpenAPI engines' thread.
    expect(readdirSync(join(cache, folder)).sort()).toEqual(['engine.cache', 'main.cache', 'openapi.cache']);
    const second = run(args, { env });
    expect(off.code).toBe(1);
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(off.stdout));
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(off.stdout));
    expect([first.stderr, second.stderr]).toEqual([off.stderr, off.stderr]);
  });
});
