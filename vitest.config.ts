import { defineConfig } from 'vitest/config';

/**
 * The one test config of the repository. Each package runs it from its own folder
 * (`vitest run --config ../../vitest.config.ts`), so its tests live in `src/**` beside the code
 * or in `test/`, and the package needs no config file of its own.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globals: true,
    testTimeout: 30_000,
    // The CLI's start-up snapshot is tested on its own (apps/cli/test/snapshot.test.ts); elsewhere
    // each spawned CLI checks the normal way, whatever an earlier test left in the cache folder.
    env: { DESIGN_CHECK_SNAPSHOT: '0' },
  },
});
