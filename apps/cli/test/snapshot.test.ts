import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotEligible, snapshotProcessEnv } from '../src/snapshot-start.js';
import { EXAMPLES, REPO, project, run } from './helpers.js';

const BUILD = join(REPO, 'apps/cli/dist/snapshot-build.js');
const cache = mkdtempSync(join(tmpdir(), 'dc-cli-snapshot-'));
const env = { DESIGN_CHECK_COMPILE_CACHE: cache, DESIGN_CHECK_SNAPSHOT: '1', DESIGN_CHECK_SNAPSHOT_DEBUG: '1' };
const normalEnv = { DESIGN_CHECK_COMPILE_CACHE: '0' };
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The snapshot's files in the cache folder. */
function files(): { blob: string; info: string } {
  const dir = join(cache, `${process.version}-${process.arch}`);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const blob = names.find((n) => /^snapshot-[0-9a-f]{10}\.blob$/.test(n));
  const info = names.find((n) => /^snapshot-[0-9a-f]{10}\.json$/.test(n));
  return { blob: blob ? join(dir, blob) : '', info: info ? join(dir, info) : '' };
}

/** A check from the snapshot: stderr without the debug line, and what became of the snapshot. */
function fromSnapshot(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = run(args, { cwd: opts.cwd, env: { ...env, ...opts.env } });
  const said = /^design-check: start-up snapshot: (.*)$/m.exec(r.stderr)?.[1];
  return { ...r, stderr: r.stderr.replace(/^design-check: start-up snapshot: .*\n/m, ''), said };
}

function build(): void {
  const r = spawnSync(process.execPath, [BUILD], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

describe("the CLI's start-up snapshot", () => {
  beforeAll(build, 150_000);

  it('is built for this installation and Node, owner-only, with the stamps of what it holds', () => {
    const { blob, info } = files();
    expect(statSync(blob).mode & 0o777).toBe(0o600);
    expect(statSync(info).mode & 0o777).toBe(0o600);
    const built = JSON.parse(readFileSync(info, 'utf8')) as { node: string; stamps: Array<[string, string]>; failed?: string };
    expect(built.failed).toBeUndefined();
    expect(built.node).toBe(process.version);
    const held = built.stamps.map(([f]) => relative(REPO, f));
    expect(held).toEqual(expect.arrayContaining(['apps/cli/dist/snapshot/bundle.cjs', 'packages/plugin-openapi/dist/engines/vendor.cjs', 'packages/core/dist/vendor/markdown.cjs']));
    expect(held.some((f) => f.endsWith('typescript/lib/typescript.js'))).toBe(true);
  });

  it('holds its bundles with every character in Latin-1, which V8 keeps at one byte a character', () => {
    for (const bundle of ['apps/cli/dist/snapshot/bundle.cjs', 'packages/plugin-openapi/dist/engines/vendor.cjs', 'packages/core/dist/vendor/markdown.cjs']) {
      const text = readFileSync(join(REPO, bundle), 'utf8');
      expect(text.length, bundle).toBeGreaterThan(100_000);
      expect(/[^\u0000-\u00ff]/.exec(text)?.[0], bundle).toBeUndefined();
    }
  });

  it('checks every example and its own warm-up design as the normal path does: the same report, messages and exit code', () => {
    const designs = ['defects', 'refund-service', 'search-indexing'].flatMap((d) =>
      readdirSync(join(EXAMPLES, d))
        .filter((f) => f.endsWith('.md') && !/^(BRIEF|OUTCOME-CONTRACT|README)/.test(f) && !f.includes('OUTCOME-CONTRACT'))
        .map((f) => join('examples', d, f)),
    );
    // The warm-up design the snapshot is built with carries one defect of every plugin (a misspelled Gherkin step among them).
    designs.push(join('apps', 'cli', 'snapshot', 'warm-up.md'));
    expect(designs.length).toBeGreaterThanOrEqual(13);
    for (const design of designs) {
      const normal = run([design], { env: normalEnv });
      const snap = fromSnapshot([design]);
      expect({ design, said: snap.said, code: snap.code, stdout: snap.stdout, stderr: snap.stderr }).toEqual({ design, said: 'used', code: normal.code, stdout: normal.stdout, stderr: normal.stderr });
    }
  }, 120_000);

  it('gives the same output for formats, options and several files at once', () => {
    const defects = join('examples', 'defects');
    for (const args of [
      ['--format', 'json', join(defects, 'openapi-defects.md'), join(defects, 'slo-defects.md')],
      ['--format', 'sarif', join(defects, 'typescript-defects.md')],
      ['-f', 'stylish', '--quiet', join(defects, 'stride-defects.md')],
      ['--rule', 'structure/no-placeholders: off', '--max-warnings', '0', join(defects, 'gherkin-defects.md')],
      ['--color', join(defects, 'proto-graphql-defects.md')],
      // Every defects example at once: thirteen markdown files, the outcome contracts and briefs among them.
      ['--format', 'json', defects],
    ]) {
      const normal = run(args, { env: normalEnv });
      const snap = fromSnapshot(args);
      expect({ args, said: snap.said, code: snap.code, stdout: snap.stdout, stderr: snap.stderr }).toEqual({ args, said: 'used', code: normal.code, stdout: normal.stdout, stderr: normal.stderr });
    }
  }, 60_000);

  it("reads the project's config at each run: a YAML config's rules apply, a config naming a plugin declines and the normal path reports", () => {
    const design = readFileSync(join(EXAMPLES, 'defects/openapi-defects.md'), 'utf8');
    const yaml = project({ 'design.md': design, 'design-check.config.yaml': 'rules:\n  openapi/spectral: off\n' });
    const normal = run(['design.md'], { cwd: yaml, env: normalEnv });
    const snap = fromSnapshot(['design.md'], { cwd: yaml });
    expect([snap.said, snap.code, snap.stdout, snap.stderr]).toEqual(['used', normal.code, normal.stdout, normal.stderr]);
    expect(snap.stdout).not.toContain('openapi/spectral');

    const plugin = project({
      'design.md': design.replace('## ', 'TODO: owner\n\n## '),
      'plugins/todo.mjs': "export default { name: 'todo', rules: [{ name: 'no-todo', meta: { description: 'No TODO', messages: { todo: 'Unexpected TODO' } }, check(ctx) { ctx.doc.lines.forEach((l, i) => { if (l.includes('TODO')) ctx.report({ messageId: 'todo', at: { line: i + 1, column: 1 } }); }); } }], configs: { recommended: { 'todo/no-todo': 'error' } } };\n",
      'design-check.config.json': JSON.stringify({ plugins: ['./plugins/todo.mjs'], extends: ['recommended', 'plugin:todo/recommended'] }),
    });
    const normalPlugin = run(['design.md'], { cwd: plugin, env: normalEnv });
    const declined = fromSnapshot(['design.md'], { cwd: plugin });
    expect(declined.said).toMatch(/^declined: it needs the module .*todo\.mjs$/);
    expect([declined.code, declined.stdout, declined.stderr]).toEqual([normalPlugin.code, normalPlugin.stdout, normalPlugin.stderr]);
    expect(normalPlugin.stdout).toContain('todo/no-todo');
  }, 60_000);

  it("declines a document the parser's slow path would make it wait for: the normal path bounds that parse in a thread", () => {
    const dir = project({ 'nested.md': `# Technical Design: Nested\n\n${Array.from({ length: 3000 }, (_, i) => `${'> - '.repeat(7)}item ${i}`).join('\n')}\n` });
    const normal = run(['--format', 'json', 'nested.md'], { cwd: dir, env: normalEnv });
    const snap = fromSnapshot(['--format', 'json', 'nested.md'], { cwd: dir });
    expect(snap.said).toBe('declined: it needs a thread to bound the parse of a document with 3000 lines of nested quotes and lists (14 deep at most)');
    expect([snap.code, snap.stdout, snap.stderr]).toEqual([normal.code, normal.stdout, normal.stderr]);
    expect(normal.stdout).toContain('input/parse-timeout');
  }, 60_000);

  it('is stopped at its budget, and the designs are checked the normal way', () => {
    const args = [join('examples', 'defects', 'openapi-defects.md')];
    const normal = run(args, { env: normalEnv });
    const late = fromSnapshot(args, { env: { DESIGN_CHECK_SNAPSHOT_BUDGET_MS: '1' } });
    expect(late.said).toBe('stopped after 1 ms');
    expect([late.code, late.stdout, late.stderr]).toEqual([normal.code, normal.stdout, normal.stderr]);
  }, 60_000);

  it('is used for up to 16 markdown files (1 MiB) named or in folders, not for more, globs, stdin, --fix or --cache, nor with DESIGN_CHECK_SNAPSHOT=0', () => {
    const cwd = REPO;
    expect(snapshotEligible(['examples/defects/openapi-defects.md'], cwd, {})).toBe(true);
    expect(snapshotEligible(['--format', 'json', '--project-root', '.', 'examples/defects/openapi-defects.md'], cwd, {})).toBe(true);
    // A folder counts by the markdown files under it: a design folder is few enough, all the examples (20 files) are not.
    expect(snapshotEligible(['examples/refund-service'], cwd, {})).toBe(true);
    expect(snapshotEligible(['examples/defects', 'examples/refund-service/TECHNICAL-DESIGN.md'], cwd, {})).toBe(true);
    expect(snapshotEligible(['examples'], cwd, {})).toBe(false);
    expect(snapshotEligible(['examples/missing.md'], cwd, {})).toBe(false);
    expect(snapshotEligible(['examples/defects/*.md'], cwd, {})).toBe(false);
    expect(snapshotEligible(['-'], cwd, {})).toBe(false);
    expect(snapshotEligible([], cwd, {})).toBe(false);
    expect(snapshotEligible(['--fix', 'examples/defects/openapi-defects.md'], cwd, {})).toBe(false);
    expect(snapshotEligible(['--cache', 'examples/defects/openapi-defects.md'], cwd, {})).toBe(false);
    expect(snapshotEligible(['examples/defects/openapi-defects.md'], cwd, { DESIGN_CHECK_SNAPSHOT: '0' })).toBe(false);
    const all = ['defects', 'refund-service', 'search-indexing'].flatMap((d) => readdirSync(join(EXAMPLES, d)).map((f) => join('examples', d, f)));
    expect(all.length).toBeGreaterThan(16);
    expect(snapshotEligible(all, cwd, {})).toBe(false);
    expect(snapshotEligible(all.slice(0, 16), cwd, {})).toBe(true);
    // A megabyte together at most.
    const big = project({ 'a.md': 'x'.repeat(600 * 1024), 'b.md': 'x'.repeat(600 * 1024) });
    expect(snapshotEligible(['a.md'], big, {})).toBe(true);
    expect(snapshotEligible(['a.md', 'b.md'], big, {})).toBe(false);
    expect(snapshotEligible(['.'], big, {})).toBe(false);
    expect(fromSnapshot(['examples']).said).toBeUndefined();
    const folder = fromSnapshot(['examples/search-indexing']);
    const normal = run(['examples/search-indexing'], { env: normalEnv });
    expect([folder.said, folder.code, folder.stdout, folder.stderr]).toEqual(['used', normal.code, normal.stdout, normal.stderr]);
  });

  it('that cannot start is removed, the designs are checked the normal way, and it is built again in the background', async () => {
    const { blob, info } = files();
    writeFileSync(blob, 'not a snapshot');
    const args = [join('examples', 'defects', 'slo-defects.md')];
    const normal = run(args, { env: normalEnv });
    const broken = fromSnapshot(args);
    expect(broken.said).toBe('did not start (built again after this check)');
    expect([broken.code, broken.stdout, broken.stderr]).toEqual([normal.code, normal.stdout, normal.stderr]);
    // The check that found it broken started a new build, which puts a working one in place.
    const until = Date.now() + 100_000;
    while (!(existsSync(info) && existsSync(blob) && readFileSync(blob).length > 1000) && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(fromSnapshot(args).said).toBe('used');
  }, 120_000);

  it('built from a file that changed since is not used until it is built again', async () => {
    const { info } = files();
    const built = JSON.parse(readFileSync(info, 'utf8')) as { stamps: Array<[string, string]> };
    built.stamps[0][1] = '0:0:0';
    writeFileSync(info, JSON.stringify(built));
    const args = [join('examples', 'defects', 'openapi-defects.md')];
    const normal = run(args, { env: normalEnv });
    const stale = fromSnapshot(args, { env: { DESIGN_CHECK_SNAPSHOT_DEBUG: '1' } });
    expect(stale.said).toBe('not built for these files yet (building it after this check)');
    expect([stale.code, stale.stdout, stale.stderr]).toEqual([normal.code, normal.stdout, normal.stderr]);
    // It started a build; let it end before the folder goes.
    const until = Date.now() + 100_000;
    while (Date.now() < until && (Date.now() - statSync(info).mtimeMs > 60_000 || readdirSync(join(cache, `${process.version}-${process.arch}`)).some((f) => f.endsWith('.lock')) || (JSON.parse(readFileSync(info, 'utf8')) as { stamps: Array<[string, string]> }).stamps[0][1] === '0:0:0')) await new Promise((r) => setTimeout(r, 250));
    expect(fromSnapshot(args).said).toBe('used');
  }, 120_000);
});

describe('the process started from the snapshot', () => {
  it("gets the launcher's environment, with huge pages for glibc's malloc (the user's tunables kept) and no extra CA certificates to read", () => {
    const base = { PATH: '/usr/bin', DESIGN_CHECK_COMPILE_CACHE: '/c', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt' };
    const env = snapshotProcessEnv(base);
    expect(env).toMatchObject({ PATH: '/usr/bin', DESIGN_CHECK_COMPILE_CACHE: '/c', DESIGN_CHECK_SNAPSHOT_FD: '3' });
    expect(env.NODE_EXTRA_CA_CERTS).toBeUndefined();
    // The launcher's own environment is untouched: a check the normal way still has it.
    expect(base.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/ca-certificates.crt');
    const tunables = (extra: Record<string, string>) => snapshotProcessEnv({ ...base, ...extra }).GLIBC_TUNABLES;
    if (process.platform !== 'linux') {
      expect(tunables({})).toBeUndefined();
      return;
    }
    expect(tunables({})).toBe('glibc.malloc.hugetlb=1');
    expect(tunables({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' })).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
    // The user's own choice stands, whatever it is.
    expect(tunables({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' })).toBe('glibc.malloc.hugetlb=0');
    expect(tunables({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2' })).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2');
  });
});
