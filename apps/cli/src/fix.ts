import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * The unified diff of the fixes of one file, with `a/` and `b/` paths as git writes them
 * (`git apply` and `patch -p1` take it). Line endings and a BOM show as they are in the file.
 */
export function fixDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY, context: 3 });
}
