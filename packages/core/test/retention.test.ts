import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../src/index.js';

/** V8's full collection, for this test only. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}

describe('memory kept across documents', () => {
  it('normalising a heading does not keep the whole document it was cut from', () => {
    const gc = collector();
    gc();
    const before = getHeapStatistics().used_heap_size;
    for (let i = 0; i < 60; i++) {
      // A document of 1 MiB whose heading is a slice of its text, as the parser's headings are.
      const text = `## 3. Heading of document ${i} with a long name\n\n${'Body text of the design. '.repeat(44_000)}`;
      const heading = text.slice(6, text.indexOf('\n'));
      expect(normalizeName(heading)).toBe(`heading of document ${i} with a long name`);
    }
    gc();
    const kept = getHeapStatistics().used_heap_size - before;
    // Sixty documents of 1 MiB are 60 MiB: the memo of names may keep their headings, not them.
    expect(kept).toBeLessThan(20 * 1024 * 1024);
  });
});
