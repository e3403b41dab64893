import { createRequire } from 'node:module';

type Diff = typeof import('diff');
let diff: Diff | undefined;

/**
 * The unified diff of the fixes of one file, with `a/` and `b/` paths as git writes them
 * (`git apply` and `patch -p1` take it). Line endings and a BOM show as they are in the file.
 * The diff library (its CommonJS build) is loaded by `--fix-dry-run` only.
 */
export function fixDiff(path: string, before: string, after: string): string {
  diff ??= createRequire(import.meta.url)('diff') as Diff;
  return diff.createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { headerOptions: diff.FILE_HEADERS_ONLY, context: 3 });
}
