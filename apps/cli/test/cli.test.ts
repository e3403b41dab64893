import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, REPO, cleanProject, project, run } from './helpers.js';

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
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=examples/defects/from-stdin.md,line=11,col=16,title=structure/superseded-successor::Missing successor: Status is superseded, expected a "Superseded by" metadata row linking the design that replaces this one',
    );
    // A related location travels in the annotation's text.
    expect(r.stdout).toContain(
      "::warning file=examples/defects/from-stdin.md,line=62,col=9,endLine=62,endColumn=14,title=gherkin/error-responses-covered::Unexpected 400 response of POST /v1/webhook-endpoints that no error scenario names, expected a scenario that names 400 or 'URL is not HTTPS or an event type is unknown'%0A↳ 205:1 Error scenarios of the design are written here\n",
    );
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
    // Pin "today" so that the open questions and the dates of the examples do not age.
    const today = { today: '2026-11-25' };
    const rules = { 'structure/open-question-overdue': ['warn', today], 'structure/metadata-future-dates': ['warn', today], 'structure/approved-complete': ['error', today] };
    const config = join(project({ 'pinned-date.json': JSON.stringify({ rules }) }), 'pinned-date.json');
    const r = run(['--format', 'json', '--config', config, 'examples/']);
    expect(r.code).toBe(1);
    const report: Report = JSON.parse(r.stdout);
    const got = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => [d.line, d.column, d.ruleId])]));
    expect(got).toEqual({
      'examples/defects/approved-but-incomplete.md': [
        [67, 9, 'gherkin/error-responses-covered'],
        [69, 5, 'stride/rate-limit-429'],
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
        [47, 5, 'stride/rate-limit-429'],
        [57, 15, 'openapi/unresolved-ref'],
        [67, 9, 'gherkin/error-responses-covered'],
        [70, 5, 'stride/rate-limit-429'],
        [90, 15, 'openapi/path-params-declared'],
        [91, 5, 'stride/rate-limit-429'],
        [103, 9, 'gherkin/error-responses-covered'],
        [119, 5, 'stride/rate-limit-429'],
        [120, 7, 'openapi/operation-id-unique'],
        [133, 9, 'gherkin/error-responses-covered'],
        [133, 9, 'openapi/response-description'],
        [164, 5, 'openapi/fragment-conflict'],
        [196, 11, 'openapi/external-ref'],
        [233, 6, 'openapi/yaml-syntax'],
      ],
      'examples/defects/slo-defects.md': [
        [95, 5, 'slo/operation-instrumented'],
        [312, 4, 'slo/metric-name'],
        [313, 42, 'slo/metric-dimensions'],
        [325, 43, 'slo/error-budget'],
        [326, 36, 'slo/latency-within-budget'],
        [326, 103, 'slo/metric-defined'],
        [327, 32, 'slo/target-format'],
        [327, 66, 'slo/burn-rate'],
        [350, 22, 'slo/metric-defined'],
        [351, 100, 'slo/alert-runbook'],
      ],
      'examples/defects/stride-defects.md': [
        [80, 5, 'stride/rate-limit-429'],
        [231, 61, 'stride/asset-classification'],
        [232, 3, 'stride/asset-coverage'],
        [238, 91, 'stride/threat-rating'],
        [239, 65, 'stride/threat-category'],
        [240, 108, 'stride/mitigation-control'],
        [241, 66, 'stride/threat-mitigation'],
        [242, 59, 'stride/threat-category'],
        [243, 102, 'structure/no-placeholders'],
        [244, 105, 'stride/accepted-risk'],
        [250, 1, 'stride/security-controls'],
      ],
      'examples/defects/proto-graphql-defects.md': [
        [52, 50, 'proto/known-types'],
        [60, 27, 'proto/field-numbers'],
        [71, 19, 'proto/enum-values'],
        [90, 27, 'proto/field-numbers'],
        [125, 14, 'graphql/known-types'],
        [145, 6, 'graphql/interfaces-implemented'],
        [158, 19, 'graphql/known-types'],
        [215, 5, 'proto/matches-typescript'],
        [230, 5, 'graphql/matches-typescript'],
        [235, 5, 'graphql/matches-typescript'],
      ],
      'examples/defects/superseded-without-successor.md': [
        [11, 16, 'structure/superseded-successor'],
        [62, 9, 'gherkin/error-responses-covered'],
        [64, 9, 'gherkin/error-responses-covered'],
        [82, 9, 'gherkin/error-responses-covered'],
        [189, 1, 'gherkin/relates-to'],
      ],
      'examples/defects/typescript-defects.md': [
        [149, 85, 'typescript/contract-types'],
        [161, 15, 'typescript/matches-openapi'],
        [175, 5, 'typescript/matches-openapi'],
        [176, 5, 'typescript/matches-openapi'],
        [178, 5, 'typescript/matches-openapi'],
        [179, 5, 'typescript/matches-openapi'],
        [196, 5, 'typescript/compile'],
        [197, 18, 'typescript/compile'],
        [198, 5, 'typescript/compile'],
        [209, 5, 'typescript/syntax'],
        [218, 22, 'typescript/compile'],
        [220, 1, 'typescript/compile'],
      ],
      'examples/refund-service/TECHNICAL-DESIGN.md': [],
      'examples/search-indexing/TECHNICAL-DESIGN.md': [],
    });
    expect(EXAMPLES).toBe(join(REPO, 'examples'));
  });
});

describe('--explain prints a rule\'s page, offline', () => {
  it('prints the page shipped in the package, the page of an engine\'s runner for an engine id, and "did you mean" for an unknown id', () => {
    const page = run(['--explain', 'structure/metadata-status']);
    expect([page.code, page.stderr]).toEqual([0, '']);
    expect(page.stdout).toBe(readFileSync(join(REPO, 'docs/rules/structure/metadata-status.md'), 'utf8'));
    const engine = run(['--explain', 'spectral:operation-tags']);
    expect(engine.code).toBe(0);
    expect(engine.stdout).toBe(
      `spectral:operation-tags is a rule of spectral, which design-check runs as openapi/spectral; set it alone under "spectral:operation-tags" in config, --rule or directives.\n\n${readFileSync(join(REPO, 'docs/rules/openapi/spectral.md'), 'utf8')}`,
    );
    expect(run(['--explain', 'input/too-large']).stdout).toMatch(/^# input\/too-large\n/);
    const typo = run(['--explain', 'structure/metadata-statu']);
    expect([typo.code, typo.stdout, typo.stderr]).toEqual([2, '', 'design-check: Unknown rule "structure/metadata-statu" (did you mean "structure/metadata-status"?); design-check --list-rules lists every rule.\n']);
  });

  it('every rule\'s page is in the package', () => {
    const files = readdirSync(join(REPO, 'apps/cli/dist/rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
    const pages = readdirSync(join(REPO, 'docs/rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
    expect(files).toEqual(pages);
    expect(JSON.parse(readFileSync(join(REPO, 'apps/cli/package.json'), 'utf8')).files).toContain('dist');
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

  it('a reader that closes the pipe early (design-check big/ | head -1) ends the run quietly, with its exit code', () => {
    // Far more report than a pipe holds, so that the write meets the closed pipe.
    const steps = Array.from({ length: 3000 }, (_, i) => `- Step ${i + 1}: TBD`).join('\n');
    const design = `# Technical Design: Bulk Import\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **Status** | draft |\n\n## Context & Goals\n\n${steps}\n\n## Open Questions\n\nNone.\n`;
    const dir = project({ 'big/TECHNICAL-DESIGN.md': design });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" big/ | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect([r.stdout, r.stderr]).toEqual(['big/TECHNICAL-DESIGN.md\n', 'exit 1\n']);
  });

  it.runIf(existsSync('/proc/self'))('--output-file where no folder can be made fails at once (Node\'s recursive mkdir spins forever in /proc)', () => {
    const dir = cleanProject();
    const r = run([CLEAN, '-o', '/proc/no-such-folder/report.txt'], { cwd: dir, timeout: 15_000 });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'design-check: Cannot write the report to "/proc/no-such-folder/report.txt": cannot create the folder "/proc/no-such-folder" (ENOENT).\n']);
  });
});
