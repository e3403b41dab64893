import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import preset from '../src/index.js';
import { fromMessages } from './findings.js';
import { CLI_BIN, PACKAGE_DIR, REPO } from './workspace.js';

/** The code blocks of docs/writing-a-plugin.md that name a file after their language (```js index.js). */
function guideFiles(): Map<string, string> {
  const text = readFileSync(join(REPO, 'docs/writing-a-plugin.md'), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^(`{3,})\w+ (\S+)\n([\s\S]*?)\n\1$/gm)) out.set(m[2], `${m[3]}\n`);
  return out;
}

let tmp: string;
let pluginDir: string;
let projectDir: string;
const design = () => join(projectDir, 'docs/TECHNICAL-DESIGN.md');

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, 'dir');
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: projectDir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function viaRemark(path: string) {
  const file = new VFile({ path, value: readFileSync(path), cwd: projectDir });
  await remark().use(preset).process(file);
  return file.messages.filter((m) => m.source === 'design-check');
}

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'design-check-own-plugin-')));
  // The plugin, as the guide writes it, with design-check's core installed beside it.
  pluginDir = join(tmp, 'design-check-plugin-adr');
  for (const [name, text] of guideFiles()) if (name.startsWith('design-check-plugin-adr/')) write(join(tmp, name), text);
  link(join(REPO, 'packages/core'), join(pluginDir, 'node_modules/@design-check/core'));
  // A team's project that installed it, with the guide's config and a design whose second decision lists one option.
  projectDir = join(tmp, 'payments');
  mkdirSync(join(projectDir, '.git'), { recursive: true });
  for (const [name, text] of guideFiles()) if (!name.includes('/')) write(join(projectDir, name), text);
  link(pluginDir, join(projectDir, 'node_modules/@acme/design-check-plugin-adr'));
  link(PACKAGE_DIR, join(projectDir, 'node_modules/remark-preset-lint-design'));
  cpSync(join(REPO, 'examples/refund-service'), join(projectDir, 'docs'), { recursive: true });
  const text = readFileSync(design(), 'utf8');
  const one = "| **Options considered** | Optimistic version column with retry; `SELECT … FOR UPDATE` on the payment row; serializable isolation |";
  expect(text.split(one)).toHaveLength(2);
  writeFileSync(design(), text.replace(one, '| **Options considered** | `SELECT … FOR UPDATE` on the payment row |'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LINE = () => readFileSync(design(), 'utf8').split('\n').findIndex((l) => l.startsWith('| **Options considered** | `SELECT')) + 1;

describe('a plugin written outside the repository, as docs/writing-a-plugin.md builds it', () => {
  test('the guide gives every file of the plugin and of the project', () => {
    expect([...guideFiles().keys()].sort()).toEqual([
      '.remarkrc',
      'design-check-plugin-adr/docs/adr/options-considered.md',
      'design-check-plugin-adr/index.js',
      'design-check-plugin-adr/package.json',
      'design-check-plugin-adr/rules/options-considered.js',
      'design-check-plugin-adr/test/options-considered.test.js',
      'design-check.config.yaml',
    ]);
  });

  test("its own tests pass: RuleTester cases, and testPlugin running its docs page's examples", () => {
    const vitest = join(REPO, 'node_modules/vitest/vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run', '--globals'], { cwd: pluginDir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    expect({ status: r.status, out: r.stdout.match(/Tests\s+\d+ passed[^\n]*/)?.[0] }).toEqual({ status: 0, out: expect.stringMatching(/^Tests\s+1[0-9] passed/) });
  }, 120_000);

  test('the CLI runs it from the config, lists it and takes --rule options for it', () => {
    const r = cli(['--format', 'json', 'docs']);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout).files[0].diagnostics;
    expect(found).toEqual([
      {
        ruleId: 'adr/options-considered',
        severity: 'warning',
        message: 'Unexpected options considered "SELECT … FOR UPDATE on the payment row" for "10.2 Decision 2: Refundable balance guarded by a row lock on the payment", expected at least 2 alternatives',
        line: LINE(),
        column: 28,
        endLine: LINE(),
        endColumn: 68,
        url: 'https://github.com/acme/design-check-plugin-adr/blob/main/docs/adr/options-considered.md',
      },
    ]);
    expect(r.code).toBe(0);
    expect(cli(['--explain', 'adr/options-considered']).stdout).toBe(
      '# adr/options-considered\n\nRequire every architecture decision to list the options it considered.\n\nMore: https://github.com/acme/design-check-plugin-adr/blob/main/docs/adr/options-considered.md\n',
    );
    expect(cli(['--list-rules']).stdout).toMatch(/^adr\/options-considered +warn +error +Require every architecture decision to list the options it considered\.$/m);
    const strict = cli(['--format', 'compact', 'docs', '--rule', 'adr/options-considered: [error, {minimum: 4}]']);
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n').filter(Boolean).map((l) => l.replace(/:\d+: .*\[/, ': ['))).toEqual(['docs/TECHNICAL-DESIGN.md:452: [adr/options-considered]', `docs/TECHNICAL-DESIGN.md:${LINE()}: [adr/options-considered]`]);
  }, 120_000);

  test('the remark preset reports the same finding, with the severity of the config', async () => {
    const cliFindings = JSON.parse(cli(['--format', 'json', 'docs']).stdout).files[0].diagnostics;
    const messages = await viaRemark(design());
    expect(fromMessages(messages)).toEqual(cliFindings.map((d: Record<string, unknown>) => ({ ruleId: d.ruleId, severity: d.severity, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, message: d.message })));
    expect(messages[0].url).toBe('https://github.com/acme/design-check-plugin-adr/blob/main/docs/adr/options-considered.md');
  }, 120_000);

  test('a plugin that is not installed is a config error naming it, in the CLI and in remark', async () => {
    const config = join(projectDir, 'design-check.config.yaml');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, original.replace('@acme/design-check-plugin-adr', '@acme/design-check-plugin-rfc'));
    try {
      const r = cli(['docs']);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `design-check: config error: ${config}: cannot load plugin "@acme/design-check-plugin-rfc": it is not installed where the config is (install it: npm install --save-dev @acme/design-check-plugin-rfc)\n`,
      ]);
      const messages = await viaRemark(design());
      expect(messages.map((m) => [m.fatal, m.reason])).toEqual([[true, `design-check config error: ${config}: cannot load plugin "@acme/design-check-plugin-rfc": it is not installed where the config is (install it: npm install --save-dev @acme/design-check-plugin-rfc)`]]);
    } finally {
      writeFileSync(config, original);
    }
  }, 120_000);
});
