import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

it('depends on core and the shared OpenAPI model only, and imports nothing else: no engine is ever loaded', () => {
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@design-check/core', '@design-check/openapi-model']);
  const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('__fixtures__'));
  const imported = new Set<string>();
  for (const f of sources) {
    for (const m of readFileSync(join(SRC, f), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) if (!m[1].startsWith('.')) imported.add(m[1]);
  }
  expect([...imported].sort()).toEqual(['@design-check/core', '@design-check/openapi-model', 'node:fs']);
});
