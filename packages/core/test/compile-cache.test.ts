import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCompileCacheDir } from '../src/compile-cache.js';

// The cache hooks Node's CommonJS loader, so each case runs the built module in a fresh process:
// it turns the cache on, requires the given files, prints what they export and the cache's
// counts, and writes the cache.
const dist = fileURLToPath(new URL('../dist/compile-cache.js', import.meta.url));
const script = `
import { createRequire } from 'node:module';
import { enableCompileCache, compileCacheStats, saveCompileCache } from ${JSON.stringify(dist)};
const [dir, ...files] = process.argv.slice(1);
const on = enableCompileCache(dir, 'test');
const values = files.map((f) => createRequire(f)(f).value);
console.log(JSON.stringify({ on: on !== undefined, values, ...compileCacheStats() }));
saveCompileCache();
`;

const work = mkdtempSync(join(tmpdir(), 'dc-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(dir: string, ...files: string[]): { on: boolean; values: unknown[]; hits: number; misses: number } {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, dir, ...files], { encoding: 'utf8' }));
}

function cjs(name: string, body: string): string {
  const file = join(work, name);
  writeFileSync(file, body);
  return file;
}

describe('compile cache', () => {
  it('compiles a CommonJS module once, then gives V8 its code from the cache', () => {
    const dir = join(work, 'a', 'v');
    const file = cjs('one.cjs', 'exports.value = [1, 2, 3].map((n) => n * 2).join(",");');
    expect(run(dir, file)).toMatchObject({ on: true, values: ['2,4,6'], hits: 0, misses: 1 });
    // One file per role and installation of design-check.
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^test-[0-9a-f]{10}\.cache$/)]);
    expect(run(dir, file)).toMatchObject({ values: ['2,4,6'], hits: 1, misses: 0 });
    // A file of this installation that no thread wrote for 40 days (a lane an upgrade renamed) goes at the next write.
    const install = /^test-([0-9a-f]{10})\.cache$/.exec(readdirSync(dir)[0])![1];
    writeFileSync(join(dir, `gone-${install}.cache`), 'x');
    const old = new Date(Date.now() - 40 * 24 * 3600_000);
    utimesSync(join(dir, `gone-${install}.cache`), old, old);
    run(dir, cjs('one-more.cjs', 'exports.value = 1;'));
    expect(readdirSync(dir)).toEqual([`test-${install}.cache`]);
  });

  it('compiles a file again when its content changed, and gives the new exports', () => {
    const dir = join(work, 'b', 'v');
    const file = cjs('two.cjs', 'exports.value = "before";');
    run(dir, file);
    writeFileSync(file, 'exports.value = "after!";');
    expect(run(dir, file)).toMatchObject({ values: ['after!'], hits: 0, misses: 1 });
    expect(run(dir, file)).toMatchObject({ values: ['after!'], hits: 1, misses: 0 });
  });

  it('ignores a damaged cache file and writes a good one', () => {
    const dir = join(work, 'c', 'v');
    const file = cjs('three.cjs', 'exports.value = 3;');
    run(dir, file);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name), Buffer.from([9, 0, 0, 0, 1, 2, 3]));
    expect(run(dir, file)).toMatchObject({ values: [3], hits: 0, misses: 1 });
    writeFileSync(join(dir, name), Buffer.concat([Buffer.from([40, 0, 0, 0]), Buffer.from('{"format":1,"entries":{"x":{"key":1}}}   '), Buffer.alloc(64, 7)]));
    expect(run(dir, file)).toMatchObject({ values: [3], hits: 0, misses: 1 });
    expect(run(dir, file)).toMatchObject({ values: [3], hits: 1, misses: 0 });
  });

  it('keeps the files of the eight installations written to last (this one among them), and drops files of an older layout', () => {
    const dir = join(work, 'p', 'v');
    mkdirSync(dir, { recursive: true });
    const old = (name: string, minutesAgo: number) => {
      writeFileSync(join(dir, name), 'x');
      const t = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(join(dir, name), t, t);
    };
    // Nine other installations, the oldest written to 90 minutes ago; a file of the layout before installations.
    for (let i = 1; i <= 9; i++) old(`main-${String(i).padStart(10, '0')}.cache`, i * 10);
    old('prestart-0000000009.json', 5);
    old('engine.cache', 1);
    const file = cjs('five.cjs', 'exports.value = 5;');
    run(dir, file);
    const left = readdirSync(dir).sort();
    expect(left.filter((n) => n.startsWith('test-'))).toHaveLength(1);
    // This one and seven others: 9 was written to last (its prestart file), then 1 to 6; 7 and 8 are dropped.
    expect(left.filter((n) => !n.startsWith('test-'))).toEqual(['main-0000000001.cache', 'main-0000000002.cache', 'main-0000000003.cache', 'main-0000000004.cache', 'main-0000000005.cache', 'main-0000000006.cache', 'main-0000000009.cache', 'prestart-0000000009.json']);
  });

  it('leaves a .js file with ES module syntax to Node, which loads it as a module', () => {
    const dir = join(work, 'd', 'v');
    mkdirSync(join(work, 'esm-pkg'), { recursive: true });
    writeFileSync(join(work, 'esm-pkg', 'package.json'), '{"name":"esm-pkg"}');
    const file = join(work, 'esm-pkg', 'index.js');
    writeFileSync(file, 'export const value = "module syntax";');
    expect(run(dir, file)).toMatchObject({ values: ['module syntax'], hits: 0, misses: 0 });
  });

  it('stays off in a folder others may write into', () => {
    const base = join(work, 'shared');
    mkdirSync(base, { recursive: true });
    chmodSync(base, 0o777);
    const file = cjs('four.cjs', 'exports.value = 4;');
    expect(run(join(base, 'v'), file)).toMatchObject({ on: false, values: [4], hits: 0, misses: 0 });
  });

  it("gives the snapshot's launcher the folder's files without turning the cache on for modules, which it can still be turned on for", () => {
    const dir = join(work, 'launcher', 'v');
    const file = cjs('five.cjs', 'exports.value = 5;');
    const launcher = `
import { createRequire } from 'node:module';
import { useCompileCacheFolder, compileCacheFile, enableCompileCache, compileCacheStats } from ${JSON.stringify(dist)};
const [dir, file, unsafe] = process.argv.slice(1);
const folder = useCompileCacheFolder(dir);
const named = compileCacheFile('snapshot.blob');
createRequire(file)(file);
const before = compileCacheStats();
const on = enableCompileCache(dir, 'test') !== undefined;
console.log(JSON.stringify({ folder, named, before, on, unsafe: useCompileCacheFolder(unsafe) }));
`;
    const base = join(work, 'shared-launcher');
    mkdirSync(base, { recursive: true });
    chmodSync(base, 0o777);
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', launcher, dir, file, join(base, 'v')], { encoding: 'utf8' }));
    expect(out.folder).toBe(dir);
    expect(dirname(out.named)).toBe(dir);
    expect(basename(out.named)).toMatch(/^snapshot-[0-9a-f]{10}\.blob$/);
    // Nothing was cached while only the folder was in use; the cache then turns on in it.
    expect(out.before).toMatchObject({ hits: 0, misses: 0 });
    expect(out.on).toBe(true);
    // Once a folder is in use, it stays the one.
    expect(out.unsafe).toBe(dir);
    const fresh = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `import { useCompileCacheFolder } from ${JSON.stringify(dist)}; console.log(JSON.stringify(useCompileCacheFolder(process.argv[1]) ?? null));`, join(base, 'v')], { encoding: 'utf8' }));
    expect(fresh).toBeNull();
  });

  it('is off when DESIGN_CHECK_COMPILE_CACHE is 0, Node’s own cache is disabled or on a CI runner without a named folder, and else one folder per Node version', () => {
    expect(defaultCompileCacheDir({ DESIGN_CHECK_COMPILE_CACHE: '0' })).toBeUndefined();
    expect(defaultCompileCacheDir({ DESIGN_CHECK_COMPILE_CACHE: 'false' })).toBeUndefined();
    expect(defaultCompileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
    expect(defaultCompileCacheDir({ DESIGN_CHECK_COMPILE_CACHE: '/var/cache/dc' })).toBe(join('/var/cache/dc', `${process.version}-${process.arch}`));
    expect(defaultCompileCacheDir({})).toContain(join(tmpdir(), 'design-check-compile-cache'));
    // A CI runner starts fresh: no cache unless it names a folder it keeps.
    expect(defaultCompileCacheDir({ CI: 'true' })).toBeUndefined();
    expect(defaultCompileCacheDir({ CI: 'true', DESIGN_CHECK_COMPILE_CACHE: '/ci/cache' })).toBe(join('/ci/cache', `${process.version}-${process.arch}`));
    expect(defaultCompileCacheDir({ CI: 'false' })).toContain(join(tmpdir(), 'design-check-compile-cache'));
  });
});
