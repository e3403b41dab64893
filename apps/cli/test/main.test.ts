import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/main.js';
import { DESIGN, demo } from './demo-plugin.js';
import { EXAMPLES, REPO, project } from './helpers.js';

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

  it('--format compact prints one line per finding', async () => {
    const dir = project({ 'docs/design.md': DESIGN });
    const r = await cli(['docs', '--format', 'compact'], dir);
    expect([r.code, r.stdout]).toEqual([
      1,
      'docs/design.md:7:16: error Unexpected status "finished-ish", expected draft or approved [demo/status]\ndocs/design.md:11:1: warning Unexpected TODO; finish the sentence [demo/todo]\n',
    ]);
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
    expect(max.stderr).toBe('design-check found 1 warning, more than --max-warnings 0.\n');
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

describe('only designs are checked, the same way by folder and by glob', () => {
  const fixture = (name: string) => readFileSync(join(REPO, 'packages/core/test/discovery', name), 'utf8');
  const example = (path: string) => readFileSync(join(EXAMPLES, path), 'utf8');
  /** A repository as teams keep one: designs beside an index, a how-to, briefs, a service README and a changelog. */
  const repository = (extra: Record<string, string> = {}) =>
    project({
      'CHANGELOG.md': fixture('CHANGELOG.md'),
      'services/ledger/README.md': fixture('service-README.md'),
      'docs/README.md': fixture('index-README.md'),
      'docs/HOWTO.md': fixture('HOWTO.md'),
      'docs/refunds/TECHNICAL-DESIGN.md': example('refund-service/TECHNICAL-DESIGN.md'),
      'docs/refunds/BRIEF.md': example('refund-service/BRIEF.md'),
      'docs/refunds/OUTCOME-CONTRACT.md': example('refund-service/OUTCOME-CONTRACT.md'),
      'docs/payouts/TECHNICAL-DESIGN.md': fixture('draft-design.md'),
      'docs/payouts/BRIEF.md': fixture('BRIEF.md'),
      'docs/payouts/OUTCOME-CONTRACT.md': fixture('OUTCOME-CONTRACT.md'),
      'docs/ranking/signals-v2.md': fixture('no-metadata-design.md'),
      'docs/archive/webhooks-v1/TECHNICAL-DESIGN.md': example('defects/superseded-without-successor.md'),
      '.gitignore': 'docs/archive/\n',
      ...extra,
    });
  const paths = async (args: string[], dir: string) => {
    const r = await cli(['-f', 'json', ...args], dir);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
  };
  const DESIGNS = ['docs/payouts/TECHNICAL-DESIGN.md', 'docs/ranking/signals-v2.md', 'docs/refunds/TECHNICAL-DESIGN.md'];

  it('a folder and a glob report the designs only, .gitignore applied to both', async () => {
    const dir = repository();
    expect(await paths(['.'], dir)).toEqual(DESIGNS);
    expect(await paths(['**/*.md'], dir)).toEqual(DESIGNS);
    expect(await paths(['docs'], dir)).toEqual(DESIGNS);
    expect(await paths(['docs/**'], dir)).toEqual(DESIGNS);
  });

  it('the config\'s files patterns say which files are designs, and its ignores apply to globs as to folders', async () => {
    const dir = repository({ 'design-check.config.yaml': 'files: ["docs/**/TECHNICAL-DESIGN.md"]\nignores: ["docs/payouts/**"]\n' });
    expect(await paths(['.'], dir)).toEqual(['docs/refunds/TECHNICAL-DESIGN.md']);
    expect(await paths(['**/*.md'], dir)).toEqual(['docs/refunds/TECHNICAL-DESIGN.md']);
  });

  it('a named file is checked whatever it holds', async () => {
    const dir = repository();
    expect(await paths(['docs/HOWTO.md', 'CHANGELOG.md'], dir)).toEqual(['docs/HOWTO.md', 'CHANGELOG.md']);
  });

  it('--no-error-on-unmatched-pattern covers a glob that matches nothing', async () => {
    const dir = repository();
    const r = await cli(['docs/**/*.adoc'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'design-check: No files match the pattern "docs/**/*.adoc". Run design-check --help for usage.\n']);
    const ok = await cli(['--no-error-on-unmatched-pattern', 'docs/**/*.adoc'], dir);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const some = await cli(['--no-error-on-unmatched-pattern', '-f', 'json', 'docs/**/*.adoc', 'docs/refunds'], dir);
    expect(JSON.parse(some.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/refunds/TECHNICAL-DESIGN.md']);
  });
});

describe('usage and config errors exit 2 with one clear line', () => {
  it('names an unknown config key and the file', async () => {
    const dir = project({ 'design.md': DESIGN, 'design-check.config.json': '{ "rulez": {} }' });
    const r = await cli(['design.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`design-check: config error: ${join(dir, 'design-check.config.json')}: unknown key "rulez" (expected one of: root, plugins, extends, files, rules, ignores, settings, overrides)\n`);
  });

  it.each([
    [['nope.md'], 'design-check: No such file or folder: "nope.md". Run design-check --help for usage.\n'],
    [['docs/*.txt'], 'design-check: No files match the pattern "docs/*.txt". Run design-check --help for usage.\n'],
    [['--format', 'xml', 'd.md'], 'design-check: Unknown format "xml", expected one of: stylish, compact, json, sarif, github, junit, markdown, html. Run design-check --help for usage.\n'],
    [['--rule', 'demo/status=error', 'd.md'], 'design-check: Invalid --rule "demo/status=error": expected "<rule-id>: <severity>" or "<rule-id>: [<severity>, {options}]", e.g. --rule "structure/no-placeholders: warn". Run design-check --help for usage.\n'],
    [['--rule', 'demo/status: [loud]', 'd.md'], 'design-check: Invalid --rule "demo/status: [loud]": expected "<rule-id>: <severity>" or "<rule-id>: [<severity>, {options}]", e.g. --rule "structure/no-placeholders: warn". Run design-check --help for usage.\n'],
    [['--fix', '--fix-dry-run', 'd.md'], 'design-check: --fix writes the fixes and --fix-dry-run only prints them: give one of them. Run design-check --help for usage.\n'],
    [['--fix', '-'], 'design-check: --fix writes the files it fixes and cannot write stdin back; --fix-dry-run prints the fixes of stdin as a diff. Run design-check --help for usage.\n'],
    [['--max-warnings', 'many', 'd.md'], 'design-check: Invalid --max-warnings "many": expected a whole number (-1 for no limit). Run design-check --help for usage.\n'],
    [['--frobnicate', 'd.md'], 'design-check: Unknown option "--frobnicate". Run design-check --help for usage.\n'],
    [['--formt', 'json', 'd.md'], 'design-check: Unknown option "--formt" (did you mean "--format"?). Run design-check --help for usage.\n'],
    [['--max-warning=3', 'd.md'], 'design-check: Unknown option "--max-warning" (did you mean "--max-warnings"?). Run design-check --help for usage.\n'],
    [['--no-colour', 'd.md'], 'design-check: Unknown option "--no-colour" (did you mean "--no-color"?). Run design-check --help for usage.\n'],
    [['init', '--force', 'x.md'], 'design-check: Unknown option "--force". Run design-check --help for usage.\n'],
    [['--rule', 'demo/nope: error', 'd.md'], 'design-check: invalid --rule: unknown rule "demo/nope"; did you mean "demo/todo"?\n'],
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
    expect(list.stdout.split('\n')[0]).toBe('rule         recommended  strict  fixable  description');
    expect(list.stdout.split('\n')[1]).toBe('demo/status  error        error            Status is draft or approved');
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
    expect(r.stderr).toContain('Found no design documents among 1 markdown file in docs');
    expect((await cli(['empty'], dir)).stderr).toContain('Found no markdown files in empty');
    const ok = await cli(['--no-error-on-unmatched-pattern', 'docs'], dir);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
  });
});

describe('red-team findings', () => {
  const WARN_ONLY = DESIGN.replace('finished-ish', 'draft');

  it('--output-file that is a folder, or below a file, is one line and exit 2 (no stack), before checking', async () => {
    const dir = project({ 'design.md': DESIGN, 'afile': 'x', 'out/.keep': '' });
    const folder = await cli(['design.md', '-o', 'out'], dir);
    expect([folder.code, folder.stdout, folder.stderr]).toEqual([2, '', 'design-check: Cannot write the report to "out": it is a folder; name a file.\n']);
    const below = await cli(['design.md', '-o', 'afile/deeper/r.txt'], dir);
    expect([below.code, below.stderr]).toEqual([2, 'design-check: Cannot write the report to "afile/deeper/r.txt": "afile" is a file, not a folder.\n']);
    const empty = await cli(['design.md', '-o', ''], dir);
    expect([empty.code, empty.stderr]).toEqual([2, 'design-check: Invalid --output-file "": name the file to write the report to. Run design-check --help for usage.\n']);
  });

  it('a report written to a file has no colours, even when stdout is a terminal', async () => {
    const dir = project({ 'design.md': DESIGN });
    let stdout = '';
    const io: CliIO = { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, isTTY: true, readStdin: async () => '' };
    expect(await main(['design.md', '-o', 'r.txt'], io, [demo])).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b[');
    expect(await main(['design.md'], io, [demo])).toBe(1);
    expect(stdout).toContain('\u001b[');
  });

  it('option values stay as typed: numbers are file names, -1 is a value, the last of a repeated option counts', async () => {
    const dir = project({ 'design.md': WARN_ONLY, '0123': WARN_ONLY });
    const numeric = await cli(['design.md', '-o', '0123.txt', '--project-root', '.', '-f', 'json'], dir);
    expect([numeric.code, numeric.stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(dir, '0123.txt'), 'utf8')).summary.warnings).toBe(1);
    const numericName = await cli(['-o', '007', 'design.md'], dir);
    expect([numericName.code, existsSync(join(dir, '007'))]).toEqual([0, true]);
    expect((await cli(['--max-warnings', '-1', 'design.md'], dir)).code).toBe(0);
    expect((await cli(['--max-warnings=0', 'design.md'], dir)).code).toBe(1);
    const last = await cli(['--max-warnings', '0', '--max-warnings', '5', '-f', 'sarif', '-f', 'json', 'design.md'], dir);
    expect([last.code, JSON.parse(last.stdout).version]).toEqual([0, 1]);
    for (const bad of ['', ' ', '0x10', '1e3', '-2']) {
      const r = await cli(['--max-warnings', bad, 'design.md'], dir);
      expect([bad, r.code, r.stderr]).toEqual([bad, 2, `design-check: Invalid --max-warnings "${bad}": expected a whole number (-1 for no limit). Run design-check --help for usage.\n`]);
    }
  });

  it('a glob such as docs/** checks the markdown it matches, not the images beside it', async () => {
    const dir = project({ 'docs/design.md': DESIGN, 'docs/diagram.png': '\u0089PNG\u0000', 'notes/a.txt': DESIGN });
    const r = await cli(['-f', 'json', 'docs/**'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/design.md']);
    const txt = await cli(['-f', 'json', 'notes/*.txt'], dir);
    expect(JSON.parse(txt.stdout).files.map((f: { path: string }) => f.path)).toEqual(['notes/a.txt']);
  });

  it('files after "--" are checked, not the whole folder', async () => {
    const dir = project({ 'a/design.md': DESIGN, 'b/design.md': DESIGN });
    const r = await cli(['-f', 'json', '--', 'b/design.md'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['b/design.md']);
  });

  it('--config is read from the working folder, whatever its file type; each failure is one line naming the file', async () => {
    const dir = project({
      'design.md': WARN_ONLY,
      'cfg/ok.mjs': "export default { rules: { 'demo/todo': 'error' } };\n",
      'cfg/ok.json': '{ "rules": { "demo/todo": "error" } }',
      'cfg/ok.yaml': 'rules:\n  demo/todo: error\n',
      'cfg/.design-checkrc': '{ "rules": { "demo/todo": "error" } }',
      'cfg/package.json': '{ "designCheck": { "rules": { "demo/todo": "error" } } }',
      'cfg/bad.toml': 'rules = 1\n',
      'cfg/syntax.mjs': 'export default { rules: {\n',
      'cfg/throws.mjs': "\nthrow new Error('no config today');\n",
      'cfg/nodefault.mjs': "export const rules = { 'demo/todo': 'error' };\n",
      'pkg/package.json': '{ "designCheck": { "rulez": {} } }',
    });
    for (const ok of ['cfg/ok.mjs', 'cfg/ok.json', 'cfg/ok.yaml', 'cfg/.design-checkrc', 'cfg/package.json']) {
      expect([ok, (await cli(['-c', ok, 'design.md'], dir)).code]).toEqual([ok, 1]);
    }
    const fail = async (config: string) => {
      const r = await cli(['-c', config, 'design.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n./);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
      return r.stderr;
    };
    const path = (p: string) => join(dir, p);
    expect(await fail('cfg/bad.toml')).toBe(`design-check: config error: ${path('cfg/bad.toml')}: cannot read the config file: unsupported file type ".toml"; use .json, .yaml, .yml, .mjs, .design-checkrc or package.json\n`);
    // (under vitest, imports go through Vite, whose message differs from Node's: see cli.test.ts)
    expect(await fail('cfg/syntax.mjs')).toMatch(/^design-check: config error: .*\/cfg\/syntax\.mjs: cannot load the config: \w*Error: .+\n$/);
    expect(await fail('cfg/throws.mjs')).toMatch(/^design-check: config error: .*\/cfg\/throws\.mjs: cannot load the config: Error: no config today( \(line 2\))?\n$/);
    expect(await fail('cfg/nodefault.mjs')).toBe(`design-check: config error: ${path('cfg/nodefault.mjs')}: the config module has no default export; write \`export default { rules: { … } }\`\n`);
    expect(await fail('cfg')).toBe(`design-check: config error: ${path('cfg')}: cannot read the config file: it is a folder, not a file\n`);
    expect(await fail('pkg/package.json')).toBe(`design-check: config error: ${path('pkg/package.json')}: unknown key "designCheck.rulez" (expected one of: root, plugins, extends, files, rules, ignores, settings, overrides)\n`);
  });

  it('a YAML config that does not parse is one line naming the file and the place, without a dangling "column 30:"', async () => {
    const dir = project({ 'design.md': DESIGN, 'design-check.config.yaml': 'rules:\n  demo/todo: [error, { ignore: a: b }]\n', 'tabs/.design-checkrc': 'rules:\n\tdemo/todo: off\n', 'tabs/design.md': DESIGN });
    const r = await cli(['design.md'], dir);
    expect([r.code, r.stderr]).toEqual([2, `design-check: config error: ${join(dir, 'design-check.config.yaml')}: cannot parse the config: Block collections are not allowed within flow collections (line 2, column 32)\n`]);
    const tabs = await cli(['tabs/design.md'], dir);
    expect([tabs.code, tabs.stderr]).toEqual([2, `design-check: config error: ${join(dir, 'tabs/.design-checkrc')}: cannot parse the config: Tabs are not allowed as indentation (line 2, column 1)\n`]);
  });

  it('a found design-check.config.mjs with a syntax error is a config error, not an internal one', async () => {
    const dir = project({ 'design.md': DESIGN, 'design-check.config.mjs': 'export default {\n' });
    const r = await cli(['design.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`design-check: config error: ${join(dir, 'design-check.config.mjs')}: cannot load the config: `)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('a named file that the config ignores is skipped with a warning; a glob or folder whose files are all ignored is exit 2', async () => {
    const dir = project({ 'design-check.config.yaml': 'ignores: ["archive/**"]\n', 'archive/design.md': DESIGN, 'old/design.md': DESIGN, '.gitignore': 'old/\n' });
    const named = await cli(['archive/design.md', '-f', 'json'], dir);
    expect([named.code, JSON.parse(named.stdout).files, named.stderr]).toEqual([0, [], 'design-check: warning: archive/design.md is not checked: the ignores of design-check.config.yaml match it.\n']);
    const glob = await cli(['archive/*.md'], dir);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('Found no design documents among 1 markdown file (1 ignored by .gitignore or the config\'s ignores) in archive/*.md');
    const gitignored = await cli(['old'], dir);
    expect(gitignored.code).toBe(2);
    expect(gitignored.stderr).toContain('Found no design documents among 1 markdown file (1 ignored by .gitignore or the config\'s ignores) in old');
    const printed = JSON.parse((await cli(['--print-config', 'archive/design.md'], dir)).stdout);
    expect(printed.ignored).toBe(true);
  });

  it('a file reached twice, through a symbolic link or a link loop, is checked once', async () => {
    const dir = project({ 'docs/design.md': DESIGN });
    symlinkSync(join(dir, 'docs'), join(dir, 'linked'));
    symlinkSync('..', join(dir, 'docs/loop'));
    const r = await cli(['-f', 'json', 'docs', 'linked', 'linked/design.md', './docs/design.md'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/design.md']);
    symlinkSync('nowhere.md', join(dir, 'broken.md'));
    expect((await cli(['broken.md'], dir)).stderr).toBe('design-check: "broken.md" is a symbolic link to nothing (its target does not exist). Run design-check --help for usage.\n');
  });

  it('--stdin-filename without "-" and a --project-root that is not a folder are usage errors', async () => {
    const dir = project({ 'design.md': DESIGN });
    const noDash = await cli(['--stdin-filename', 'docs/x.md'], dir, DESIGN);
    expect(noDash.code).toBe(2);
    expect(noDash.stderr).toContain('--stdin-filename names the document read from stdin: add "-" to read it');
    expect(noDash.stdout).toBe('');
    const root = await cli(['design.md', '--project-root', 'nowhere'], dir);
    expect([root.code, root.stderr]).toEqual([2, 'design-check: Invalid --project-root "nowhere": no such folder. Run design-check --help for usage.\n']);
    const file = await cli(['design.md', '--project-root', 'design.md'], dir);
    expect([file.code, file.stderr]).toEqual([2, 'design-check: Invalid --project-root "design.md": it is a file, not a folder. Run design-check --help for usage.\n']);
  });

  it('init into a folder writes TECHNICAL-DESIGN.md there; below a file it is one line, exit 2', async () => {
    const dir = project({ 'afile': 'x', 'existing/.keep': '' });
    expect((await cli(['init', 'existing'], dir)).stdout).toBe('Wrote existing/TECHNICAL-DESIGN.md. Fill in the placeholders, then run: design-check existing/TECHNICAL-DESIGN.md\n');
    expect((await cli(['init', 'new-feature/'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'new-feature/TECHNICAL-DESIGN.md'))).toBe(true);
    const below = await cli(['init', 'afile/design.md'], dir);
    expect([below.code, below.stderr]).toEqual([2, 'design-check: Cannot write the new design to "afile/design.md": "afile" is a file, not a folder.\n']);
  });

  it('init: a name without .md is a folder to create, a name with another extension is refused', async () => {
    const dir = project();
    const folder = await cli(['init', 'docs/newfeature'], dir);
    expect([folder.code, folder.stdout]).toEqual([0, 'Wrote docs/newfeature/TECHNICAL-DESIGN.md. Fill in the placeholders, then run: design-check docs/newfeature/TECHNICAL-DESIGN.md\n']);
    expect(readFileSync(join(dir, 'docs/newfeature/TECHNICAL-DESIGN.md'), 'utf8')).toMatch(/^# Technical Design: /);
    const txt = await cli(['init', 'notes.txt'], dir);
    expect([txt.code, txt.stdout, txt.stderr]).toEqual([
      2,
      '',
      'design-check: Cannot write the new design to "notes.txt": a design is a markdown file; name it "notes.md", or name a folder (design-check init docs/new-feature) to get a TECHNICAL-DESIGN.md in it.\n',
    ]);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(false);
    expect((await cli(['init', 'docs/Design.MARKDOWN'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'docs/Design.MARKDOWN'))).toBe(true);
    // What init writes, design-check finds in the folder.
    const found = JSON.parse((await cli(['-f', 'json', 'docs'], dir)).stdout).files.map((f: { path: string }) => f.path);
    expect(found).toEqual(['docs/Design.MARKDOWN', 'docs/newfeature/TECHNICAL-DESIGN.md']);
  });
});
