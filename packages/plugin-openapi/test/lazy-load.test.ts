import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process; Spectral is CommonJS, so once loaded it shows in
// require.cache (Redocly is loaded by the same rules, at the same point).
const script = `
import { createRequire } from 'node:module';
import { check } from '@design-check/core';
const { default: openapi } = await import(${JSON.stringify(dist)});
await check(process.argv[1], { plugins: [openapi] });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ spectral: loaded.some((p) => p.includes('spectral-core')) }));
`;

function engineLoaded(doc: string): boolean {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return (JSON.parse(out) as { spectral: boolean }).spectral;
}

describe.runIf(existsSync(dist))('engines load only for documents with a fragment', () => {
  it('does not load Spectral for a design without OpenAPI', () => {
    expect(engineLoaded('# Design\n\n```yaml\nworker: {concurrency: 4}\n```\n')).toBe(false);
  });

  it('loads it when the design has a fragment', () => {
    expect(engineLoaded('# Design\n\n```yaml\npaths:\n  /a:\n    get:\n      responses: {}\n```\n')).toBe(true);
  });

  it('warmSpectral and warmRedocly load them ahead of a lint, in this thread where they lint', () => {
    const engines = new URL('../dist/engines/', import.meta.url).href;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `
import { createRequire } from 'node:module';
const { warmSpectral } = await import(${JSON.stringify(engines + 'spectral.js')});
const { warmRedocly } = await import(${JSON.stringify(engines + 'redocly.js')});
await Promise.all([warmSpectral(), warmRedocly()]);
console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('spectral-core'))));
`], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
    expect(JSON.parse(out)).toBe(true);
  });
});
