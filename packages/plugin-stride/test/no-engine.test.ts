import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const design = fileURLToPath(new URL('./fixtures/unseen-defects-giftcards.md', import.meta.url));

// Checks a design with a fragment with the built plugin in a fresh process, then lists the
// CommonJS modules loaded (Spectral is CommonJS) and whether Redocly's ESM entry was resolved.
const script = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { check } from '@design-check/core';
const { default: stride } = await import(${JSON.stringify(dist)});
const result = await check(readFileSync(process.argv[1], 'utf8'), { plugins: [stride] });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ findings: result.diagnostics.map((d) => d.ruleId), spectral: loaded.some((p) => p.includes('spectral')), redocly: loaded.some((p) => p.includes('redocly')) }));
`;

describe.runIf(existsSync(dist))('the cross-artifact rules read the shared OpenAPI model, never an engine', () => {
  it('loads neither Spectral nor Redocly for a design with a fragment', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, design], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString());
    expect(out.findings).toContain('stride/rate-limit-429');
    expect([out.spectral, out.redocly]).toEqual([false, false]);
  });

  it('depends on no other plugin and on no engine', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@design-check/core', '@design-check/openapi-model']);
  });
});
