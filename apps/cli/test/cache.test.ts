import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, REPO, cleanProject, run } from './helpers.js';

const LOG_IMPORTS = join(REPO, 'apps/cli/test/fixtures/log-imports.mjs');

/** A project with the clean refund-service design and the Gherkin defect example (with its Outcome Contract). */
function twoDesigns(): string {
  const dir = cleanProject();
  for (const f of ['gherkin-defects.md', 'GIFT-CARDS-OUTCOME-CONTRACT.md', 'BRIEF.md']) cpSync(join(EXAMPLES, 'defects', f), join(dir, 'defects', f));
  return dir;
}

const checkIn = (dir: string, ...extra: string[]) => run(['--format', 'json', '--cache', ...extra, '.'], { cwd: dir });

describe('--cache', () => {
  it('serves every result of an unchanged project without loading a plugin or an engine, with the same report', () => {
    const dir = twoDesigns();
    const first = checkIn(dir);
    expect(first.code).toBe(1);
    expect(existsSync(join(dir, 'node_modules/.cache/design-check/results.json'))).toBe(true);
    const log = join(dir, 'imports.log');
    writeFileSync(log, '');
    const second = spawnSync(process.execPath, ['--import', LOG_IMPORTS, BIN, '--format', 'json', '--cache', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DC_IMPORT_LOG: log },
    });
    expect(second.stderr).toBe('');
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toContain('/cli/dist/main.js');
    expect(loaded).not.toMatch(/plugins\/dist|plugin-|@stoplight|@redocly|typescript|@cucumber|remark/);
  }, 120_000);

  it('re-checks a document whose Outcome Contract, engine config or text changed, and only that', () => {
    const dir = twoDesigns();
    const ids = (r: { stdout: string }) =>
      (JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ ruleId: string; source?: string }> }>).map((f) => [f.path, f.diagnostics.map((d) => d.source ?? d.ruleId).sort()]);
    const before = ids(checkIn(dir));
    expect(before.find(([p]) => p === 'refund-service/TECHNICAL-DESIGN.md')![1]).toEqual([]);
    // The refund design relates its behaviours to criteria #1 and #2 of the contract it links.
    const contract = join(dir, 'refund-service/OUTCOME-CONTRACT.md');
    writeFileSync(contract, readFileSync(contract, 'utf8').replace(/^2\. Zero over-refunds.*\n.*\n/m, ''));
    const afterContract = ids(checkIn(dir));
    expect(afterContract.find(([p]) => p === 'refund-service/TECHNICAL-DESIGN.md')![1]).toContain('gherkin/criterion-exists');
    expect(afterContract.find(([p]) => p === 'defects/gherkin-defects.md')).toEqual(before.find(([p]) => p === 'defects/gherkin-defects.md'));
    // An engine config that did not exist is read once it does.
    writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\nrules:\n  info-description: error\n');
    expect(ids(checkIn(dir)).find(([p]) => p === 'refund-service/TECHNICAL-DESIGN.md')![1]).toContain('spectral:info-description');
    // A design edited: its own result changes.
    appendFileSync(join(dir, 'defects/gherkin-defects.md'), '\nTODO: decide the retry budget\n');
    expect(ids(checkIn(dir)).find(([p]) => p === 'defects/gherkin-defects.md')![1]).toContain('structure/no-placeholders');
  }, 180_000);

  it('ignores a damaged cache with one warning, gives the same report, and rewrites it', () => {
    const dir = twoDesigns();
    const plain = run(['--format', 'json', '.'], { cwd: dir });
    const file = join(dir, 'node_modules/.cache/design-check/results.json');
    checkIn(dir);
    writeFileSync(file, '{"format": 2, "reads": [], "entries": {"x": ');
    const r = checkIn(dir);
    expect(r.stderr).toBe(`design-check: warning: the cache ${file} is damaged and is ignored; it is rebuilt from this run.\n`);
    expect([r.code, r.stdout]).toEqual([plain.code, plain.stdout]);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  }, 120_000);

  it('checks without a cache it cannot write, with one warning', () => {
    const dir = twoDesigns();
    const plain = run(['--format', 'json', '.'], { cwd: dir });
    writeFileSync(join(dir, 'not-a-folder'), '');
    const r = checkIn(dir, '--cache-location', 'not-a-folder/cache/');
    // Reading it fails first; the one warning says so, and writing is not tried again aloud.
    expect(r.stderr).toMatch(/^design-check: warning: cannot read the cache .*not-a-folder\/cache\/results\.json \(ENOTDIR\); checking without it\.\n$/);
    expect([r.code, r.stdout]).toEqual([plain.code, plain.stdout]);
  }, 120_000);
});

describe('--timing', () => {
  it('prints the slowest rules and the engines with their total time on stderr, the report unchanged on stdout', () => {
    const file = 'examples/refund-service/TECHNICAL-DESIGN.md';
    const r = run(['--format', 'json', '--timing', file]);
    expect(r.stdout).toBe(run(['--format', 'json', file]).stdout);
    expect(r.stderr).toMatch(/^design-check timing: 1 document in \d+ ms/);
    expect(r.stderr).toMatch(/^Rule +\| Time \(ms\) \| Relative \| Calls$/m);
    expect(r.stderr).toMatch(/^openapi\/spectral +\| +[\d.]+ \| +[\d.]+% \| +1$/m);
    expect(r.stderr).toMatch(/^Engine, model or parse +\| Time \(ms\)/m);
    for (const engine of ['spectral (load)', 'markdown (remark + gfm)']) expect(r.stderr).toContain(`\n${engine} `);
  }, 60_000);
});
