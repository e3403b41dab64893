import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brief, lintAll, md, warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

describe('a block is type-checked, never run', () => {
  it('reports process.exit() and child_process.execSync as undeclared, and runs neither', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'design-check-ts-')), 'ran');
    const found = await lintAll(md(
      '## Shared Type Definitions', '',
      '- A migration sketch:', '',
      '  ```ts',
      "  require('child_process').execSync('touch " + marker + "');",
      '  process.exit(1);',
      '  ```',
    ));
    // This process is still running and the marker was never written.
    expect(existsSync(marker)).toBe(false);
    expect(brief(found)).toEqual(['6:3 typescript/compile typescript:TS2591', '7:3 typescript/compile typescript:TS2591']);
    expect(found.map((d) => d.messageId)).toEqual(['missingGlobal', 'missingGlobal']);
  });
});
