import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // The run is replayed from its record: not even core is loaded.
    expect(loaded).toContain('/cli/dist/fast.js');
    expect(loaded).not.toMatch(/core\/dist|cli\/dist\/main\.js|plugins\/dist|plugin-|@stoplight|@redocly|typescript|@cucumber|remark/);
    // Another command line over the same documents takes every result from the cache without loading a plugin.
    writeFileSync(log, '');
    const third = spawnSync(process.execPath, ['--import', LOG_IMPORTS, BIN, '--format', 'json', '--cache', '--max-warnings', '100', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DC_IMPORT_LOG: log },
    });
    expect([third.status, third.stdout]).toEqual([1, first.stdout]);
    expect(readFileSync(log, 'utf8')).toContain('/cli/dist/main.js');
    expect(readFileSync(log, 'utf8')).not.toMatch(/plugins\/dist|plugin-|@stoplight|@redocly|typescript|@cucumber|remark/);
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

/** A plugin file a config loads, whose one rule asks each ADR section for a status. */
const adrPlugin = (message: string) => `export default {
  name: 'adr',
  rules: [{
    name: 'decision-status',
    meta: { description: 'Require every decision to state a status.', messages: { missing: ${JSON.stringify(message)} }, schema: { type: 'object', additionalProperties: false }, defaultOptions: {} },
    check(ctx) {
      for (const s of ctx.doc.sections) if (/^ADR-\\d+/.test(s.title) && !/Status:/.test(ctx.doc.lines.slice(s.line - 1, s.lastLine).join('\\n'))) ctx.report({ messageId: 'missing', at: s });
    },
  }],
  configs: { recommended: { 'adr/decision-status': 'warn' }, strict: {} },
};
`;

/** The rule ids and messages of a JSON report. */
const findings = (r: { stdout: string }) =>
  (JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ ruleId: string; message: string }> }>).flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.ruleId} ${d.message}`));

/** Run the bin with --cache, noting every module the process resolves. */
function logged(dir: string, args: string[]) {
  const log = join(dir, `imports-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', LOG_IMPORTS, BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DC_IMPORT_LOG: log } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded: readFileSync(log, 'utf8') };
}

describe('--cache with nothing changed replays the last report without loading core', () => {
  it('serves a config\'s plugin and its preset, and sees a change to the plugin file, the config, a new config above or a new design', () => {
    const dir = twoDesigns();
    mkdirSync(join(dir, 'plugins'), { recursive: true });
    writeFileSync(join(dir, 'plugins/adr.mjs'), adrPlugin('Add a status to this decision'));
    writeFileSync(join(dir, 'refund-service/design-check.config.json'), JSON.stringify({ plugins: ['../plugins/adr.mjs'], extends: ['recommended', 'plugin:adr/recommended'] }));
    const design = join(dir, 'refund-service/TECHNICAL-DESIGN.md');
    appendFileSync(design, '\n## ADR-1: Use Postgres\n\nWe use Postgres.\n');
    const args = ['--format', 'json', '--cache', '.'];
    const first = logged(dir, args);
    expect(findings(first)).toContain('refund-service/TECHNICAL-DESIGN.md adr/decision-status Add a status to this decision');
    const second = logged(dir, args);
    expect([second.code, second.stdout, second.stderr]).toEqual([first.code, first.stdout, first.stderr]);
    expect(second.loaded).toContain('/cli/dist/fast.js');
    expect(second.loaded).not.toMatch(/core\/dist|cli\/dist\/main\.js|plugins\/dist|plugin-|adr\.mjs|remark|@stoplight|typescript/);
    // The plugin's file changed: the document is checked again with it.
    writeFileSync(join(dir, 'plugins/adr.mjs'), adrPlugin('State whether this decision is accepted'));
    const third = logged(dir, args);
    expect(findings(third)).toContain('refund-service/TECHNICAL-DESIGN.md adr/decision-status State whether this decision is accepted');
    expect(third.loaded).toContain('core/dist');
    // The config no longer takes the plugin's preset.
    writeFileSync(join(dir, 'refund-service/design-check.config.json'), JSON.stringify({ plugins: ['../plugins/adr.mjs'] }));
    expect(findings(logged(dir, args)).filter((f) => f.includes('adr/'))).toEqual([]);
    // A config above every document turns a rule off for both.
    const before = findings(logged(dir, args));
    expect(before.some((f) => f.includes('structure/no-placeholders'))).toBe(false);
    writeFileSync(join(dir, 'design-check.config.json'), JSON.stringify({ rules: { 'gherkin/criterion-exists': 'off' } }));
    const after = findings(logged(dir, args));
    expect(before.some((f) => f.includes('gherkin/criterion-exists'))).toBe(true);
    expect(after.some((f) => f.includes('gherkin/criterion-exists'))).toBe(false);
    // A new design in a folder that is checked.
    cpSync(join(EXAMPLES, 'defects', 'gherkin-defects.md'), join(dir, 'defects/copy.md'));
    expect(JSON.parse(logged(dir, args).stdout).files.map((f: { path: string }) => f.path)).toContain('defects/copy.md');
    // Each of these runs equals a run without the cache.
    expect(findings(logged(dir, args))).toEqual(findings(run(['--format', 'json', '.'], { cwd: dir })));
  }, 240_000);

  it('writes the report to --output-file again, and is never used by --fix, which a later --cache run then sees', () => {
    const dir = twoDesigns();
    const args = ['--format', 'json', '--cache', '-o', 'report.json', '.'];
    const first = logged(dir, args);
    const report = readFileSync(join(dir, 'report.json'), 'utf8');
    writeFileSync(join(dir, 'report.json'), '');
    const second = logged(dir, args);
    expect([second.code, second.stdout, readFileSync(join(dir, 'report.json'), 'utf8')]).toEqual([first.code, '', report]);
    expect(second.loaded).not.toContain('core/dist');
    // --fix checks and fixes in full, then a --cache run reports the fixed documents as a plain run does.
    const design = join(dir, 'refund-service/TECHNICAL-DESIGN.md');
    writeFileSync(design, readFileSync(design, 'utf8').replace('| **Status** | approved |', '| **Status** | In Review |'));
    const broken = findings(logged(dir, ['--format', 'json', '--cache', '.']));
    expect(broken).toContain('refund-service/TECHNICAL-DESIGN.md structure/metadata-status-spelling Unexpected status spelling "In Review", expected "in-review" as the template writes it');
    const fixed = logged(dir, ['--format', 'json', '--cache', '--fix', '.']);
    expect(fixed.stderr).toMatch(/^design-check: fixed \d+ problems? in \d+ files?\.\n$/);
    expect(readFileSync(design, 'utf8')).toContain('| **Status** | in-review |');
    const after = logged(dir, ['--format', 'json', '--cache', '.']);
    expect(findings(after)).toEqual(findings(run(['--format', 'json', '.'], { cwd: dir })));
    expect(findings(after).some((f) => f.includes('metadata-status-spelling'))).toBe(false);
  }, 240_000);

  it('keeps --designs-only apart: a named file that is no design is skipped with it and checked without it', () => {
    const dir = twoDesigns();
    writeFileSync(join(dir, 'NOTES.md'), '# Notes\n\nTODO: tidy up.\n');
    const paths = (r: { stdout: string }) => JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    const only = ['--format', 'json', '--cache', '--designs-only', 'NOTES.md', 'refund-service/TECHNICAL-DESIGN.md'];
    expect(paths(logged(dir, only))).toEqual(['refund-service/TECHNICAL-DESIGN.md']);
    const again = logged(dir, only);
    expect(paths(again)).toEqual(['refund-service/TECHNICAL-DESIGN.md']);
    expect(again.loaded).not.toContain('core/dist');
    expect(paths(logged(dir, only.filter((a) => a !== '--designs-only')))).toEqual(['NOTES.md', 'refund-service/TECHNICAL-DESIGN.md']);
  }, 240_000);
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
