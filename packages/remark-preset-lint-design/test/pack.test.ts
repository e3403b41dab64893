import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fromCliJson, parseRemarkReport } from './findings.js';
import { DEFECTIVE, publishedPackages } from './workspace.js';

// Packs every published package, installs the tarballs with npm into an empty folder (third-party
// dependencies from the registry), and runs the bins from there as a user would.
const packages = publishedPackages();
let root: string;
let app: string;
const timings: string[] = [];

function sh(cmd: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, ...options });
  timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s  ${cmd} ${args.filter((a) => !a.endsWith('.tgz')).join(' ')}`);
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** pnpm 12 sometimes fails to resolve its own pin (ERR_PNPM_BAD_CONFIG_DEP); retry that only. */
function pnpmPack(dir: string, dest: string): void {
  for (let attempt = 1; ; attempt++) {
    const r = sh('pnpm', ['pack', '--pack-destination', dest], { cwd: dir });
    if (r.status === 0) return;
    if (attempt >= 3 || !/ERR_PNPM_BAD_CONFIG_DEP/.test(r.stdout + r.stderr)) throw new Error(`pnpm pack failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'design-check-pack-'));
  const packs = join(root, 'packs');
  app = join(root, 'app');
  mkdirSync(packs);
  mkdirSync(app);
  for (const p of packages) pnpmPack(p.dir, packs);
  const tarballs = readdirSync(packs).map((f) => join(packs, f));
  expect(tarballs).toHaveLength(packages.length);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'remark-cli@12.0.1'], { cwd: app });
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
  cpSync(dirname(DEFECTIVE), join(app, 'docs'), { recursive: true });
}, 600_000);

// Removing the installed app (every published package and its dependencies) can take longer than
// the default 10 s hook timeout on a busy machine.
afterAll(() => {
  console.log(`packed-tarball timings:\n  ${timings.join('\n  ')}`);
  if (root) rmSync(root, { recursive: true, force: true });
}, 120_000);

test('the packages come from the tarballs, with workspace ranges rewritten', () => {
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; dependencies?: Record<string, string> }> };
  for (const p of packages) {
    const entry = lock.packages[`node_modules/${p.name}`];
    expect(entry?.resolved, p.name).toMatch(/^file:/);
    for (const range of Object.values(entry?.dependencies ?? {})) expect(range).not.toMatch(/^workspace:/);
  }
});

const doc = join('docs', basename(DEFECTIVE));

test('npx design-check reports the defects and exits 1', () => {
  const r = sh('npx', ['--no', '--', 'design-check', doc], { cwd: app });
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/structure\/metadata-status/);
  expect(r.stdout).toMatch(/openapi\/unresolved-ref/);
});

test('npx remark with the preset reports what npx design-check --format json reports', () => {
  const json = sh('npx', ['--no', '--', 'design-check', '--format', 'json', doc], { cwd: app });
  expect(json.status).toBe(1);
  const cli = fromCliJson(json.stdout, app).get(join(app, doc)) ?? [];
  expect(cli.length).toBeGreaterThan(5);

  const r = sh('npx', ['--no', '--', 'remark', '--use', 'remark-preset-lint-design', '--frail', '--no-color', '--no-stdout', doc], { cwd: app });
  expect(r.status).toBe(1);
  const remark = parseRemarkReport(r.stderr, app).get(join(app, doc)) ?? [];
  expect(remark.map((f) => f.ruleId)).toEqual(cli.map((f) => f.ruleId));
  expect(remark).toEqual(cli.map(({ source: _source, ...rest }) => rest));
});

test("the installed CLI builds its start-up snapshot, and a check started from it reports what the normal path reports", () => {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DESIGN_CHECK_COMPILE_CACHE: join(root, 'compile-cache'), DESIGN_CHECK_SNAPSHOT: '1', DESIGN_CHECK_SNAPSHOT_DEBUG: '1' };
  const built = sh(process.execPath, [join(app, 'node_modules/design-check/dist/snapshot-build.js')], { cwd: app, env });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  const normal = sh('npx', ['--no', '--', 'design-check', '--format', 'json', doc], { cwd: app, env: { ...env, DESIGN_CHECK_SNAPSHOT: '0' } });
  const snap = sh('npx', ['--no', '--', 'design-check', '--format', 'json', doc], { cwd: app, env });
  expect(snap.stderr).toBe('design-check: start-up snapshot: used\n');
  expect([snap.status, snap.stdout]).toEqual([normal.status, normal.stdout]);
  expect(normal.status).toBe(1);
});

test('npx design-check --format json, as the README writes it, reaches design-check (not npm)', () => {
  const r = sh('npx', ['design-check', '--format', 'json', doc], { cwd: app });
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).summary.errors).toBeGreaterThan(0);
});

test('npx design-check --explain prints a rule\'s page from the package, offline', () => {
  const r = sh('npx', ['--no', '--', 'design-check', '--explain', 'structure/metadata-status'], { cwd: app });
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(r.stdout).toBe(readFileSync(new URL('../../../docs/rules/structure/metadata-status.md', import.meta.url), 'utf8'));
});

test('npx design-check init writes a draft from the shipped template that reports only placeholders', () => {
  const r = sh('npx', ['--no', '--', 'design-check', 'init', 'designs/NEW-DESIGN.md'], { cwd: app });
  expect(r.status).toBe(0);
  const written = readFileSync(join(app, 'designs/NEW-DESIGN.md'), 'utf8');
  expect(written).toMatch(/\| \*\*Status\*\* \| draft \|/);
  const json = sh('npx', ['--no', '--', 'design-check', '--format', 'json', 'designs/NEW-DESIGN.md'], { cwd: app });
  const found = fromCliJson(json.stdout, app).get(join(app, 'designs/NEW-DESIGN.md')) ?? [];
  expect(found.length).toBeGreaterThan(0);
  expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['structure/no-placeholders']));
  const again = sh('npx', ['--no', '--', 'design-check', 'init', 'designs/NEW-DESIGN.md'], { cwd: app });
  expect(again.status).toBe(2);
  expect(readFileSync(join(app, 'designs/NEW-DESIGN.md'), 'utf8')).toBe(written);
});
