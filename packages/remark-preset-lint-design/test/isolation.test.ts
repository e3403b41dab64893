import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { metadataField, type Plugin } from '@design-check/core';
import { createPreset, defaultPlugins } from '../src/index.js';
import { fromMessages } from './findings.js';
import { REPO } from './workspace.js';

/** Throws on every design (it has a Status row). */
const crashing: Plugin = {
  name: 'crashing',
  rules: [
    {
      name: 'throws',
      meta: { description: 'Report nothing; throw.', messages: {} },
      check(ctx) {
        if (metadataField(ctx.doc, 'Status')) throw new Error('kaput');
      },
    },
  ],
  configs: { recommended: { 'crashing/throws': 'error' }, strict: {} },
};

async function viaPreset(path: string, plugins: Plugin[], value: Uint8Array = readFileSync(path)) {
  const file = new VFile({ path, value, cwd: REPO });
  await remark().use(createPreset({ plugins })).process(file);
  return fromMessages(file.messages);
}

describe('the preset keeps every finding when a rule throws', () => {
  test('one fatal internal/rule-crash on the file, the other findings as without the broken plugin', async () => {
    const path = join(REPO, 'examples/defects/openapi-defects.md');
    const normal = await viaPreset(path, defaultPlugins);
    const broken = await viaPreset(path, [...defaultPlugins, crashing]);
    expect(normal.length).toBeGreaterThan(5);
    expect(broken.filter((f) => f.ruleId.startsWith('internal/'))).toEqual([
      { ruleId: 'internal/rule-crash', severity: 'error', line: 1, column: 1, message: 'Rule "crashing/throws" crashed: kaput. Please report this bug; other rules still ran.' },
    ]);
    expect(broken.filter((f) => !f.ruleId.startsWith('internal/'))).toEqual(normal);
  }, 120_000);

  test('bytes that are not UTF-8 are one warning, as by the CLI', async () => {
    const path = join(REPO, 'examples/refund-service/TECHNICAL-DESIGN.md');
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('Tomás');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at + 3), 'utf8'), Buffer.from([0xe1]), Buffer.from(text.slice(at + 4), 'utf8')]);
    const before = text.slice(0, at + 3).split('\n');
    const place = `${before.length}:${before[before.length - 1].length + 1}`;
    expect((await viaPreset(path, defaultPlugins, bytes)).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual([`${place} warning input/bad-encoding`]);
  }, 120_000);
});
