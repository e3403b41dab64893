import { createRequire } from 'node:module';
import type TS from 'typescript';

/**
 * TypeScript's compiler API. Loaded with `require`: an `import` makes Node scan its 9 MB
 * CommonJS file for named exports first, which more than doubles the cost of loading it.
 */
export const ts: typeof TS = createRequire(import.meta.url)('typescript');
