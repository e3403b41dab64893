import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { metadataField, type Plugin } from '@design-check/core';
import { createPreset, defaultPlugins } from '../src/index.js';
import { fromMessages, parseRemarkReport } from './findings.js';
import { PACKAGE_DIR, REPO } from './workspace.js';

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

describe('a plugin added in a remark config whose rule throws', () => {
  // The plugin a project's .remarkrc.mjs adds beside the default ones: its rule throws on every design.
  const rc = (withCrashing: boolean) => `import { createPreset, defaultPlugins } from ${JSON.stringify(pathToFileURL(join(PACKAGE_DIR, 'dist/index.js')).href)};
const crashing = {
  name: 'team',
  rules: [{ name: 'owner', meta: { description: 'Require an owner.', messages: {} }, check() { throw new TypeError("Cannot read properties of undefined (reading 'owner')"); } }],
  configs: { recommended: { 'team/owner': 'error' }, strict: {} },
};
export default { plugins: [createPreset({ plugins: ${withCrashing ? '[...defaultPlugins, crashing]' : 'defaultPlugins'} })] };
`;

  function remarkCli(withCrashing: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'design-check-remarkrc-'));
    mkdirSync(join(dir, '.git'));
    cpSync(join(REPO, 'examples/defects'), join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, '.remarkrc.mjs'), rc(withCrashing));
    const files = ['docs/openapi-defects.md', 'docs/typescript-defects.md'];
    const r = spawnSync(process.execPath, [join(PACKAGE_DIR, 'node_modules/remark-cli/cli.js'), '--frail', '--no-color', '--no-stdout', ...files], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, findings: [...parseRemarkReport(r.stderr, dir).values()] };
  }

  test('remark-cli reports one fatal internal/rule-crash per file, every other finding intact, and fails', () => {
    const normal = remarkCli(false);
    const broken = remarkCli(true);
    expect([normal.status, broken.status]).toEqual([1, 1]);
    expect(normal.findings.map((f) => f.length)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(normal.findings.every((f) => f.length > 3)).toBe(true);
    for (const [i, file] of broken.findings.entries()) {
      expect(file.filter((f) => f.ruleId.startsWith('internal/'))).toEqual([
        { ruleId: 'internal/rule-crash', severity: 'error', line: 1, column: 1, endLine: undefined, endColumn: undefined, message: 'Rule "team/owner" crashed: Cannot read properties of undefined (reading \'owner\'). Please report this bug; other rules still ran.' },
      ]);
      expect(file.filter((f) => !f.ruleId.startsWith('internal/'))).toEqual(normal.findings[i]);
    }
  }, 240_000);
});
