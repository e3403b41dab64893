import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, test } from 'vitest';
import preset from '../src/index.js';
import { byPosition, fromCliJson, fromMessages, parseRemarkReport, type Finding } from './findings.js';
import { CLI_BIN, PACKAGE_DIR, REPO } from './workspace.js';

const REMARK_BIN = join(PACKAGE_DIR, 'node_modules/remark-cli/cli.js');
const PRESET_ENTRY = join(PACKAGE_DIR, 'dist/index.js');
// The examples of the repository, and this package's fixtures (a config file, directives, engine ids, infos).
const FOLDERS = [join(REPO, 'examples'), join(PACKAGE_DIR, 'test/fixtures')].filter(existsSync);

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.md$/.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f))
    .sort();
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function viaPreset(path: string): Promise<Finding[]> {
  // As remark-cli does: the bytes of the file, its path, and the working folder.
  const file = new VFile({ path, value: readFileSync(path), cwd: REPO });
  await remark().use(preset).process(file);
  return fromMessages(file.messages);
}

const files = FOLDERS.flatMap(markdownUnder);
let cli = new Map<string, Finding[]>();
let cliStatus: number | null = null;

beforeAll(() => {
  if (!existsSync(CLI_BIN)) throw new Error(`build the CLI first (pnpm turbo run build): ${CLI_BIN} is missing`);
  // Folders, as a user runs it: the CLI picks the design documents, remark must skip the rest.
  const r = run([CLI_BIN, '--format', 'json', ...FOLDERS.map((f) => relative(REPO, f))]);
  cliStatus = r.status;
  cli = fromCliJson(r.stdout, REPO);
}, 120_000);

describe('the preset reports exactly what the CLI reports', () => {
  test('the CLI found defects in the documents', () => {
    expect(cliStatus).toBe(1);
    expect([...cli.values()].flat().length).toBeGreaterThan(10);
  });

  test.each(files.map((f) => [relative(REPO, f), f]))('%s', async (_name, path) => {
    expect(await viaPreset(path)).toEqual(cli.get(path) ?? []);
  });
});

// Many files at once through unified-engine (remark-cli) once stalled silently: its queue
// flushes early when a file holds fatal messages mid-transform.
test('remark-cli over the same folders reports the same rows and fails with --frail', () => {
  const r = run([REMARK_BIN, '--use', PRESET_ENTRY, '--frail', '--no-color', '--no-stdout', ...FOLDERS.map((f) => relative(REPO, f))]);
  expect(r.status).toBe(1);
  const got = parseRemarkReport(r.stderr, REPO);
  expect([...got.keys()].sort()).toEqual(files);
  for (const path of files) {
    const want = (cli.get(path) ?? []).map(({ source: _source, ...rest }) => rest).sort(byPosition);
    expect({ path, findings: got.get(path) }).toEqual({ path, findings: want });
  }
}, 120_000);
