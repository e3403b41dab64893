import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REPO, cleanProject, project, run } from './helpers.js';

const CLEAN = join('refund-service', 'TECHNICAL-DESIGN.md');

interface Report {
  version: number;
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; line: number; column: number }> }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('design-check as a process', () => {
  it('a clean, filled-in design exits 0 with the JSON contract', () => {
    const dir = cleanProject();
    const r = run(['--format', 'json', CLEAN], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      files: [{ path: 'refund-service/TECHNICAL-DESIGN.md', diagnostics: [] }],
      summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
    });
  });

  it('a Status of finished-ish is an error on that row, and a directive above the row silences it', () => {
    const dir = cleanProject();
    const file = join(dir, CLEAN);
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => /^\| \*\*Status\*\* \|/.test(l)) + 1;
    writeFileSync(file, text.replace(/^(\| \*\*Status\*\* \|) approved (\|)/m, '$1 finished-ish $2'));
    const r = run(['--format', 'json', CLEAN], { cwd: dir });
    expect(r.code).toBe(1);
    const report: Report = JSON.parse(r.stdout);
    const status = report.files[0].diagnostics.find((d) => d.ruleId === 'structure/metadata-status');
    expect(status).toMatchObject({ severity: 'error', line, column: 16 });
    expect(status?.message).toContain('"finished-ish"');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(line - 1, 0, '<!-- design-check-disable-next-line structure/metadata-status -->');
    writeFileSync(file, lines.join('\n'));
    const silenced = run(['--format', 'json', CLEAN], { cwd: dir });
    expect(JSON.parse(silenced.stdout).files[0].diagnostics).toEqual([]);
    expect(silenced.code).toBe(0);
  });

  it('--format sarif gives SARIF 2.1.0 with results', () => {
    const r = run(['--format', 'sarif', 'examples/defects/metadata-and-lifecycle.md']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results[0]).toMatchObject({
      ruleId: 'structure/metadata-status',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/defects/metadata-and-lifecycle.md' }, region: { startLine: 11, startColumn: 16 } } }],
    });
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'structure/metadata-status');
    expect(rule.helpUri).toMatch(/docs\/rules\/structure\/metadata-status\.md$/);
  });

  it('a config with an unknown key exits 2 and names the key', () => {
    const dir = cleanProject();
    writeFileSync(join(dir, 'design-check.config.json'), '{ "rulez": { "structure/metadata-status": "off" } }');
    const r = run([CLEAN], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key "rulez"');
    expect(r.stderr).toContain('design-check.config.json');
    expect(r.stdout).toBe('');
  });

  it('the template itself reports its placeholders, each on its line', () => {
    const dir = project();
    writeFileSync(join(dir, 'design.md'), readFileSync(join(REPO, 'apps/cli/templates/technical-design.md'), 'utf8'));
    const r = run(['--format', 'json', 'design.md'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as Report).files[0].diagnostics.filter((d) => d.ruleId === 'structure/no-placeholders');
    const lines = found.map((d) => d.line);
    expect(lines).toContain(1); // # Technical Design: [Mission Name]
    expect(lines).toContain(15); // | **Mission ID** | _(e.g., MISSION-2026-042)_ |
    expect(found.find((d) => d.line === 1)?.message).toContain('[Mission Name]');
    expect(found.length).toBeGreaterThan(40);
  });

  it('init writes a design that reports only placeholders', () => {
    const dir = project();
    expect(run(['init', 'docs/design.md'], { cwd: dir }).code).toBe(0);
    const r = run(['--format', 'json', 'docs/design.md'], { cwd: dir });
    const ids = new Set((JSON.parse(r.stdout) as Report).files[0].diagnostics.map((d) => d.ruleId));
    expect([...ids]).toEqual(['structure/no-placeholders']);
  });

  it('reads stdin, and prints GitHub annotations', () => {
    const text = readFileSync(join(EXAMPLES, 'defects/superseded-without-successor.md'), 'utf8');
    const r = run(['-', '--stdin-filename', 'examples/defects/from-stdin.md', '--format', 'github'], { input: text });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      '::error file=examples/defects/from-stdin.md,line=11,col=16,title=structure/superseded-successor::Missing successor: Status is superseded, expected a "Superseded by" metadata row linking the design that replaces this one',
      "::warning file=examples/defects/from-stdin.md,line=62,col=9,endLine=62,endColumn=14,title=gherkin/error-responses-covered::Unexpected 400 response of POST /v1/webhook-endpoints that no error scenario names, expected a scenario that names 400 or 'URL is not HTTPS or an event type is unknown'%0A↳ 205:1 Error scenarios of the design are written here",
      "::warning file=examples/defects/from-stdin.md,line=64,col=9,endLine=64,endColumn=14,title=gherkin/error-responses-covered::Unexpected 409 response of POST /v1/webhook-endpoints that no error scenario names, expected a scenario that names 409 or 'The merchant already has 10 endpoints'%0A↳ 205:1 Error scenarios of the design are written here",
      "::warning file=examples/defects/from-stdin.md,line=82,col=9,endLine=82,endColumn=14,title=gherkin/error-responses-covered::Unexpected 404 response of DELETE /v1/webhook-endpoints/{endpointId} that no error scenario names, expected a scenario that names 404 or 'No endpoint with this id for the merchant'%0A↳ 205:1 Error scenarios of the design are written here",
      "::error file=examples/defects/from-stdin.md,line=189,col=1,title=gherkin/relates-to::Unexpected behaviour 'Behavior 2: Which responses count as delivered' without a Relates to line, expected '**Relates to:** Outcome Contract acceptance criterion #N' before its scenarios",
      '',
    ]);
    const elsewhere = run(['-', '--stdin-filename', 'docs/design.md', '--format', 'github'], { input: text });
    expect(elsewhere.stdout).toContain('::error file=docs/design.md,line=8,col=23,endLine=8,endColumn=45,title=structure/local-links::Unexpected link "./BRIEF.md": no file at docs/BRIEF.md');
  });

  it('exit 2 and one line for a missing file', () => {
    const r = run(['no/such/design.md']);
    expect([r.code, r.stderr]).toEqual([2, 'design-check: No such file or folder: "no/such/design.md". Run design-check --help for usage.\n']);
  });
});

describe('the bundled examples', () => {
  it('report exactly their known defects, and nothing on the clean designs', () => {
    // Pin "today" so that the open questions of the examples do not fall due as time passes.
    const config = join(project({ 'pinned-date.json': JSON.stringify({ rules: { 'structure/open-question-overdue': ['warn', { today: '2026-11-25' }] } }) }), 'pinned-date.json');
    const r = run(['--format', 'json', '--config', config, 'examples/']);
    expect(r.code).toBe(1);
    const report: Report = JSON.parse(r.stdout);
    const got = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => [d.line, d.column, d.ruleId])]));
    expect(got).toEqual({
      'examples/defects/approved-but-incomplete.md': [
        [67, 9, 'gherkin/error-responses-covered'],
        [89, 9, 'gherkin/error-responses-covered'],
        [91, 9, 'gherkin/error-responses-covered'],
        [93, 9, 'gherkin/error-responses-covered'],
        [200, 1, 'gherkin/relates-to'],
        [250, 1, 'structure/approved-complete'],
        [363, 94, 'structure/local-links'],
        [364, 13, 'structure/local-links'],
        [371, 115, 'structure/open-question-overdue'],
        [371, 127, 'structure/approved-complete'],
        [382, 1, 'structure/approved-complete'],
        [389, 1, 'structure/approved-complete'],
        [397, 7, 'structure/revision-history'],
      ],
      'examples/defects/gherkin-defects.md': [
        [89, 9, 'gherkin/error-responses-covered'],
        [193, 1, 'gherkin/criteria-covered'],
        [193, 1, 'gherkin/criteria-covered'],
        [203, 3, 'gherkin/syntax'],
        [208, 1, 'gherkin/relates-to'],
        [211, 1, 'gherkin/scenario-complete'],
        [220, 55, 'gherkin/criterion-exists'],
        [226, 56, 'gherkin/outline-placeholders'],
        [229, 28, 'gherkin/examples-columns-used'],
        [231, 5, 'gherkin/table-cell-count'],
        [238, 1, 'gherkin/no-orphan-steps'],
      ],
      'examples/defects/metadata-and-lifecycle.md': [
        [11, 16, 'structure/metadata-status'],
        [14, 17, 'structure/metadata-dates'],
        [15, 18, 'structure/no-placeholders'],
        [65, 9, 'gherkin/error-responses-covered'],
        [67, 9, 'gherkin/error-responses-covered'],
        [89, 9, 'gherkin/error-responses-covered'],
        [235, 106, 'structure/table-cell-count'],
        [254, 3, 'structure/no-placeholders'],
        [311, 56, 'structure/no-placeholders'],
        [368, 95, 'structure/open-questions'],
      ],
      'examples/defects/missing-sections.md': [
        [61, 9, 'gherkin/error-responses-covered'],
        [81, 9, 'gherkin/error-responses-covered'],
        [163, 1, 'structure/empty-sections'],
        [184, 1, 'gherkin/relates-to'],
        [210, 1, 'structure/required-sections'],
        [225, 1, 'structure/required-sections'],
      ],
      'examples/defects/openapi-defects.md': [
        [57, 15, 'openapi/unresolved-ref'],
        [67, 9, 'gherkin/error-responses-covered'],
        [90, 15, 'openapi/path-params-declared'],
        [103, 9, 'gherkin/error-responses-covered'],
        [120, 7, 'openapi/operation-id-unique'],
        [133, 9, 'gherkin/error-responses-covered'],
        [133, 9, 'openapi/response-description'],
        [164, 5, 'openapi/fragment-conflict'],
        [196, 11, 'openapi/external-ref'],
        [233, 6, 'openapi/yaml-syntax'],
      ],
      'examples/defects/superseded-without-successor.md': [
        [11, 16, 'structure/superseded-successor'],
        [62, 9, 'gherkin/error-responses-covered'],
        [64, 9, 'gherkin/error-responses-covered'],
        [82, 9, 'gherkin/error-responses-covered'],
        [189, 1, 'gherkin/relates-to'],
      ],
      'examples/refund-service/TECHNICAL-DESIGN.md': [],
      'examples/search-indexing/TECHNICAL-DESIGN.md': [],
    });
    expect(EXAMPLES).toBe(join(REPO, 'examples'));
  });
});

describe('red-team findings, as a process', () => {
  it('a config module that does not load is one line naming the file and where it failed', () => {
    const dir = cleanProject();
    writeFileSync(join(dir, 'syntax.mjs'), 'export default { rules: {\n');
    writeFileSync(join(dir, 'throws.mjs'), "\nthrow new Error('no config today');\n");
    const syntax = run(['-c', 'syntax.mjs', CLEAN], { cwd: dir });
    expect([syntax.code, syntax.stdout, syntax.stderr]).toEqual([2, '', `design-check: config error: ${join(dir, 'syntax.mjs')}: cannot load the config: SyntaxError: Unexpected end of input\n`]);
    const throws = run(['-c', 'throws.mjs', CLEAN], { cwd: dir });
    expect([throws.code, throws.stderr]).toEqual([2, `design-check: config error: ${join(dir, 'throws.mjs')}: cannot load the config: Error: no config today (line 2)\n`]);
  });

  it.runIf(existsSync('/proc/self'))('--output-file where no folder can be made fails at once (Node\'s recursive mkdir spins forever in /proc)', () => {
    const dir = cleanProject();
    const r = run([CLEAN, '-o', '/proc/no-such-folder/report.txt'], { cwd: dir, timeout: 15_000 });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'design-check: Cannot write the report to "/proc/no-such-folder/report.txt": cannot create the folder "/proc/no-such-folder" (ENOENT).\n']);
  });
});
