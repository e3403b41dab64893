import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

it('depends on core and the shared OpenAPI model only: it cannot load an OpenAPI engine', () => {
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@design-check/core', '@design-check/openapi-model']);
  const require = createRequire(new URL('../src/index.ts', import.meta.url));
  for (const engine of ['@redocly/openapi-core', '@stoplight/spectral-core', '@design-check/plugin-openapi']) {
    expect(() => require.resolve(engine)).toThrow();
  }
});
