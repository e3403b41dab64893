import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process. The engines run in the artifact engines' thread (core's ENGINES_LANE): Spectral
// is CommonJS, so once loaded there it shows in that thread's require.cache, as the package or
// as the bundle that holds it, dist/engines/vendor.cjs (Redocly is loaded by the same rules, at
// the same point, from the same file); this thread never loads either.
const ENGINES = '/spectral-core/|[\\\\/]engines[\\\\/]vendor\\.cjs$';
const probe = new URL('data:text/javascript,' + encodeURIComponent(`
import { createRequire } from 'node:module';
export const loaded = () => Object.keys(createRequire(${JSON.stringify(dist)}).cache).some((p) => new RegExp(${JSON.stringify(ENGINES)}).test(p));
`)).href;
const script = `
import { createRequire } from 'node:module';
import { check, ENGINES_LANE, runInThread } from '@design-check/core';
const { default: openapi } = await import(${JSON.stringify(dist)});
const result = await check(process.argv[1], { plugins: [openapi] });
const here = Object.keys(createRequire(import.meta.url).cache).some((p) => new RegExp(${JSON.stringify(ENGINES)}).test(p));
const there = await runInThread(${JSON.stringify(probe)}, 'loaded', null, 10000, ENGINES_LANE);
console.log(JSON.stringify({ here, there, findings: result.diagnostics.length }));
`;

function engineLoaded(doc: string): { here: boolean; there: boolean; findings: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return JSON.parse(out) as { here: boolean; there: boolean; findings: number };
}

describe.runIf(existsSync(dist))('engines load only for documents with a fragment', () => {
  it('does not load Spectral for a design without OpenAPI', () => {
    expect(engineLoaded('# Design\n\n```yaml\nworker: {concurrency: 4}\n```\n')).toEqual({ here: false, there: false, findings: 0 });
  });

  it("loads it, in the artifact engines' thread, when the design has a fragment", () => {
    expect(engineLoaded('# Design\n\n```yaml\npaths:\n  /a:\n    get:\n      responses: {}\n```\n')).toMatchObject({ here: false, there: true });
  });
});

describe.runIf(existsSync(dist))('warming the engines ahead of a lint', () => {
  it("loads them in the artifact engines' thread, where they lint, and not in this thread", () => {
    const engines = new URL('../dist/engines/', import.meta.url).href;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `
import { createRequire } from 'node:module';
import { ENGINES_LANE, runInThread } from '@design-check/core';
const { warmSpectral } = await import(${JSON.stringify(engines + 'spectral.js')});
const { warmRedocly } = await import(${JSON.stringify(engines + 'redocly.js')});
await Promise.all([warmSpectral(), warmRedocly()]);
const here = Object.keys(createRequire(import.meta.url).cache).some((p) => new RegExp(${JSON.stringify(ENGINES)}).test(p));
const there = await runInThread(${JSON.stringify(probe)}, 'loaded', null, 10000, ENGINES_LANE);
console.log(JSON.stringify({ here, there }));
`], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
    expect(JSON.parse(out)).toEqual({ here: false, there: true });
  });
});
