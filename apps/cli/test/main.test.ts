import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/main.js';
import { DESIGN, demo } from './demo-plugin.js';
import { project } from './helpers.js';

async function cli(args: string[], cwd: string, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, readStdin: async () => stdin };
  const code = await main(args, io, [demo]);
  return { code, stdout, stderr };
}

describe('check command', () => {
  it('prints stylish findings and exits 1 on errors', async () => {
    const dir = project({ 'docs/design.md': DESIGN });
    const r = await cli(['docs'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ +7:16 +error +Unexpected status "finished-ish", expected draft or approved +demo\/status$/m);
    expect(r.stdout).toMatch(/^ +11:1 +warning +Unexpected TODO; finish the sentence +demo\/todo$/m);
    expect(r.stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 infos)');
  });

  it('prints the json contract', async () => {
    const dir = project({ 'design.md': DESIGN });
    const r = await cli(['--format', 'json', 'design.md'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 0 });
    expect(report.files[0].path).toBe('design.md');
    expect(Object.keys(report.files[0].diagnostics[0])).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'url']);
  });

  it('--quiet hides warnings, --max-warnings fails on too many, --rule overrides severity', async () => {
    const dir = project({ 'design.md': DESIGN.replace('finished-ish', 'draft') });
    expect((await cli(['design.md'], dir)).code).toBe(0);
    const quiet = await cli(['--quiet', 'design.md'], dir);
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
    const max = await cli(['--max-warnings', '0', 'design.md'], dir);
    expect(max.code).toBe(1);
    expect(max.stderr).toBe('design-check found 1 warnings, more than --max-warnings 0.\n');
    const rule = await cli(['--rule', 'demo/todo: error', '--format', 'json', 'design.md'], dir);
    expect([rule.code, JSON.parse(rule.stdout).summary.errors]).toEqual([1, 1]);
    const off = await cli(['--rule', 'demo/todo:off', 'design.md'], dir);
    expect([off.code, off.stdout]).toEqual([0, '']);
  });

  it('reads stdin with --stdin-filename', async () => {
    const dir = project();
    const r = await cli(['-', '--stdin-filename', 'docs/x.md', '-f', 'json'], dir, DESIGN);
    expect(JSON.parse(r.stdout).files[0].path).toBe('docs/x.md');
    expect(r.code).toBe(1);
  });

  it('writes --output-file', async () => {
    const dir = project({ 'design.md': DESIGN });
    const r = await cli(['design.md', '-f', 'junit', '-o', 'out/report.xml'], dir);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(readFileSync(join(dir, 'out/report.xml'), 'utf8')).toContain('<testcase classname="design.md" name="demo/status">');
  });

  it('checks design documents in folders, skipping other markdown, node_modules and .gitignore', async () => {
    const dir = project({
      'docs/a/TECHNICAL-DESIGN.md': DESIGN,
      'docs/a/BRIEF.md': '# Brief\n\nTODO\n',
      'docs/node_modules/x/TECHNICAL-DESIGN.md': DESIGN,
      'docs/archive/TECHNICAL-DESIGN.md': DESIGN,
      '.gitignore': 'docs/archive/\n',
    });
    const r = await cli(['-f', 'json', 'docs'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/a/TECHNICAL-DESIGN.md']);
    const named = await cli(['-f', 'json', 'docs/a/BRIEF.md'], dir);
    expect(JSON.parse(named.stdout).summary.warnings).toBe(1);
  });

  it('honours config ignores and overrides found next to the document', async () => {
    const dir = project({
      'design-check.config.yaml': 'ignores: ["old/**"]\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      demo/status: off\n',
      'old/design.md': DESIGN,
      'drafts/design.md': DESIGN,
    });
    const r = await cli(['-f', 'json', '.'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['drafts/design.md']);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0 });
  });
});

describe('usage and config errors exit 2 with one clear line', () => {
  it('names an unknown config key and the file', async () => {
    const dir = project({ 'design.md': DESIGN, 'design-check.config.json': '{ "rulez": {} }' });
    const r = await cli(['design.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`design-check: config error: ${join(dir, 'design-check.config.json')}: unknown key "rulez" (expected one of: root, extends, rules, ignores, settings, overrides)\n`);
  });

  it.each([
    [['nope.md'], 'design-check: No such file or folder: "nope.md". Run design-check --help for usage.\n'],
    [['docs/*.txt'], 'design-check: No files match the pattern "docs/*.txt". Run design-check --help for usage.\n'],
    [['--format', 'xml', 'd.md'], 'design-check: Unknown format "xml", expected one of: stylish, json, sarif, github, junit Run design-check --help for usage.\n'],
    [['--rule', 'demo/status=error', 'd.md'], 'design-check: Invalid --rule "demo/status=error": expected "<rule-id>: off|info|warn|error", e.g. --rule "structure/no-placeholders: warn". Run design-check --help for usage.\n'],
    [['--max-warnings', 'many', 'd.md'], 'design-check: Invalid --max-warnings "many": expected a whole number. Run design-check --help for usage.\n'],
    [['--frobnicate', 'd.md'], 'design-check: Unknown option `--frobnicate` Run design-check --help for usage.\n'],
    [['--rule', 'demo/nope: error', 'd.md'], 'design-check: config error: unknown rule "demo/nope"; did you mean "demo/todo"?\n'],
  ])('%j', async (args, message) => {
    const dir = project({ 'd.md': DESIGN });
    const r = await cli(args, dir);
    expect([r.code, r.stderr]).toEqual([2, message]);
  });
});

describe('information commands', () => {
  it('--list-rules and --print-config', async () => {
    const dir = project({ 'design.md': DESIGN, '.design-checkrc': 'rules:\n  demo/todo: [info]\n' });
    const list = await cli(['--list-rules'], dir);
    expect(list.stdout.split('\n')[1]).toBe('demo/status  error        error   Status is draft or approved');
    const printed = JSON.parse((await cli(['--print-config', 'design.md'], dir)).stdout);
    expect(printed.configFile).toBe(join(dir, '.design-checkrc'));
    expect(printed.rules['demo/todo']).toBe('info');
  });

  it('init writes a dated draft and refuses to overwrite', async () => {
    const dir = project();
    const r = await cli(['init', 'docs/new.md'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'docs/new.md'), 'utf8');
    expect(text).toMatch(/^\| \*\*Status\*\* \| draft \|$/m);
    expect(text).toMatch(/^\| \*\*Created\*\* \| \d{4}-\d{2}-\d{2} \|$/m);
    writeFileSync(join(dir, 'docs/new.md'), 'mine');
    const again = await cli(['init', 'docs/new.md'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('docs/new.md already exists');
    expect(readFileSync(join(dir, 'docs/new.md'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'TECHNICAL-DESIGN.md'))).toBe(false);
  });
});

describe('folders without design documents', () => {
  it('exit 2 naming the folder, or 0 with --no-error-on-unmatched-pattern', async () => {
    const dir = project({ 'docs/notes.md': '# Notes\n\nNothing here.\n', 'empty/.keep': '' });
    const r = await cli(['docs'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Found no design documents among 1 markdown files in docs');
    expect((await cli(['empty'], dir)).stderr).toContain('Found no markdown files in empty');
    const ok = await cli(['--no-error-on-unmatched-pattern', 'docs'], dir);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
  });
});
