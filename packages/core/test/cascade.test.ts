import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, findConfig, isDesignFile, isIgnored, loadConfigFile, resolveConfig } from '../src/index.js';
import { demo } from './fixtures.js';

function project(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dc-cascade-')));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const severities = (r: ReturnType<typeof resolveConfig>, ...ids: string[]) => ids.map((id) => r.rules.get(id)?.severity);

describe('configs cascade up to the nearest root: true', () => {
  const dir = project({
    // Above the root config: never applies to the project.
    'design-check.config.yaml': 'rules:\n  demo/engine: off\n  demo/status: off\n',
    'repo/design-check.config.yaml': 'root: true\nextends: strict\nignores: ["docs/archive/**"]\nsettings:\n  spectral: { ruleset: ".spectral.yaml" }\nrules:\n  demo/status: warn\n  demo/crash: info\noverrides:\n  - files: ["docs/payments/**"]\n    rules:\n      demo/crash: error\n',
    'repo/docs/payments/.design-checkrc': 'files: ["*.md"]\nrules:\n  demo/crash: warn\nsettings:\n  redocly: { config: "redocly.yaml" }\n',
    'repo/docs/payments/design.md': '',
    'repo/docs/search/design.md': '',
  });

  it('applies the root config, then the nearer one on top of it, and nothing above the root', async () => {
    const near = await findConfig(join(dir, 'repo/docs/payments/design.md'));
    expect(near?.filepath).toBe(join(dir, 'repo/docs/payments/.design-checkrc'));
    expect(near?.parent?.filepath).toBe(join(dir, 'repo/design-check.config.yaml'));
    expect(near?.parent?.parent).toBeUndefined();
    const payments = resolveConfig([demo], near, join(dir, 'repo/docs/payments/design.md'));
    // extends of the root config, its rules, its override, then the nearer config's rules win.
    expect(severities(payments, 'demo/status', 'demo/crash', 'demo/engine')).toEqual(['warning', 'warning', 'error']);
    expect(payments.settings).toEqual({ spectral: { ruleset: '.spectral.yaml' }, redocly: { config: 'redocly.yaml' } });
    const search = resolveConfig([demo], await findConfig(join(dir, 'repo/docs/search/design.md')), join(dir, 'repo/docs/search/design.md'));
    expect(severities(search, 'demo/status', 'demo/crash', 'demo/engine')).toEqual(['warning', 'info', 'error']);
  });

  it('reads every config\'s ignores and files from its own folder', async () => {
    const near = await findConfig(join(dir, 'repo/docs/payments/design.md'));
    expect(isIgnored(near, join(dir, 'repo/docs/archive/old.md'))).toBe(true);
    expect(isIgnored(near, join(dir, 'repo/docs/payments/design.md'))).toBe(false);
    // The nearest config with `files` decides which files are designs.
    expect(isDesignFile(near, join(dir, 'repo/docs/payments/notes.md'), '# Notes')).toBe(true);
    expect(isDesignFile(near?.parent, join(dir, 'repo/docs/payments/notes.md'), '# Notes')).toBe(false);
  });

  it('a nearer preset does not undo the settings of a config above: presets come first', async () => {
    const p = project({ 'design-check.config.json': '{ "root": true, "rules": { "demo/status": "info" } }', 'a/.design-checkrc.json': '{ "extends": "strict" }', 'a/d.md': '' });
    const r = resolveConfig([demo], await findConfig(join(p, 'a/d.md')));
    expect(severities(r, 'demo/status', 'demo/engine')).toEqual(['info', 'error']);
  });

  it('--config names one file, which applies alone', async () => {
    const loaded = await loadConfigFile(join(dir, 'repo/docs/payments/.design-checkrc'));
    expect(loaded.parent).toBeUndefined();
    expect(severities(resolveConfig([demo], loaded), 'demo/status', 'demo/crash')).toEqual(['error', 'warning']);
  });
});

/** A plugin package as npm installs it, ESM, with no dependency on this workspace. */
const ADR_PLUGIN = `
const rule = {
  name: 'decision-status',
  meta: {
    description: 'Require every decision to state a status.',
    messages: { missing: 'Add a status to this decision' },
    schema: { type: 'object', properties: { words: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { words: ['Accepted', 'Rejected'] },
  },
  check(ctx) {
    for (const s of ctx.doc.sections) {
      if (/^ADR-\\d+/.test(s.title) && !ctx.options.words.some((w) => ctx.doc.lines.slice(s.line - 1, s.lastLine).join('\\n').includes(w))) {
        ctx.report({ messageId: 'missing', at: s });
      }
    }
  },
};
export default {
  name: 'adr',
  rules: [rule],
  configs: { recommended: { 'adr/decision-status': 'warn' }, strict: { 'adr/decision-status': 'error' } },
};
`;

describe('plugins named in a config', () => {
  const dir = project({
    'node_modules/@acme/design-check-plugin-adr/package.json': JSON.stringify({ name: '@acme/design-check-plugin-adr', type: 'module', exports: { '.': { import: './index.js' } } }),
    'node_modules/@acme/design-check-plugin-adr/index.js': ADR_PLUGIN,
    'node_modules/not-a-plugin/package.json': JSON.stringify({ name: 'not-a-plugin', type: 'module', main: 'index.js' }),
    'node_modules/not-a-plugin/index.js': 'export default { hello: 1 };\n',
    'node_modules/broken-plugin/package.json': JSON.stringify({ name: 'broken-plugin', type: 'module', main: 'index.js' }),
    'node_modules/broken-plugin/index.js': 'throw new TypeError("no config here");\n',
    'design-check.config.yaml': 'root: true\nplugins: ["@acme/design-check-plugin-adr"]\nextends: [recommended, "plugin:adr/recommended"]\n',
    'docs/design.md': '# Design\n\n## ADR-1: Use Postgres\n\nWe use Postgres.\n\n## ADR-2: Queue\n\nStatus: Accepted\n',
    'strict/design-check.config.yaml': 'extends: ["adr/strict"]\nrules:\n  adr/decision-status: [error, { words: ["Decided"] }]\n',
    'strict/design.md': '',
    'off/design-check.config.json': '{ "root": true, "plugins": ["@acme/design-check-plugin-adr"] }',
    'off/design.md': '',
  });

  it('loads the plugin from the config\'s folder; its preset in extends turns its rules on', async () => {
    const path = join(dir, 'docs/design.md');
    const loaded = await findConfig(path);
    expect(loaded?.plugins?.map((p) => p.name)).toEqual(['adr']);
    const config = resolveConfig([demo], loaded, path);
    expect(config.plugins.map((p) => p.name)).toEqual(['demo', 'adr']);
    expect(severities(config, 'adr/decision-status', 'demo/status')).toEqual(['warning', 'error']);
    const result = await check('# Design\n\n## ADR-1: Use Postgres\n\nWe use Postgres.\n\n## ADR-2: Queue\n\nStatus: Accepted\n', { path, plugins: [demo], config });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('adr/')).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual(['3:1 warning adr/decision-status Add a status to this decision']);
  });

  it('takes "adr/strict" and the plugin rule\'s options, validated by its schema', async () => {
    const config = resolveConfig([demo], await findConfig(join(dir, 'strict/design.md')));
    expect(config.rules.get('adr/decision-status')).toMatchObject({ severity: 'error', options: { words: ['Decided'] } });
    const bad = project({ 'design-check.config.yaml': 'root: true\nplugins: ["../' + dir.split('/').pop() + '/node_modules/@acme/design-check-plugin-adr/index.js"]\nrules:\n  adr/decision-status: [error, { word: "x" }]\n', 'd.md': '' });
    const loaded = await findConfig(join(bad, 'd.md'));
    expect(() => resolveConfig([demo], loaded)).toThrow(`${join(bad, 'design-check.config.yaml')}: unknown key "rules.adr/decision-status[1].word" (expected one of: words)`);
  });

  it('leaves a loaded plugin\'s rules off until a preset or a rule setting names them', async () => {
    const config = resolveConfig([demo], await findConfig(join(dir, 'off/design.md')));
    expect(severities(config, 'adr/decision-status', 'demo/status')).toEqual(['off', 'error']);
  });

  it('a plugin that cannot be loaded is a config error that names it', async () => {
    const cases: Array<[string, string]> = [
      ['@acme/design-check-plugin-nope', 'cannot load plugin "@acme/design-check-plugin-nope": it is not installed where the config is (install it: npm install --save-dev @acme/design-check-plugin-nope)'],
      ['not-a-plugin', 'cannot load plugin "not-a-plugin": its default export has no kebab-case "name" (the prefix of its rule ids)'],
      ['broken-plugin', 'cannot load plugin "broken-plugin": TypeError: no config here'],
      ['./tools/missing.mjs', `cannot load plugin "./tools/missing.mjs": there is no file ${join(dir, 'tools/missing.mjs')} (a path is read from the config's folder)`],
    ];
    for (const [i, [spec, message]] of cases.entries()) {
      const file = join(dir, `bad-${i}.yaml`);
      writeFileSync(file, `plugins: ["${spec}"]\n`);
      await expect(loadConfigFile(file)).rejects.toThrow(`${file}: ${message}`);
      await expect(loadConfigFile(file)).rejects.toMatchObject({ key: 'plugins[0]' });
    }
  });

  it('an extends that names a plugin no config loads says so', () => {
    expect(() => resolveConfig([demo], { config: { extends: ['plugin:adr/recommended'] }, dir, filepath: join(dir, 'c.json') })).toThrow(
      `${join(dir, 'c.json')}: unknown plugin "adr" in extends "plugin:adr/recommended": name its package in "plugins" (loaded: demo)`,
    );
  });
});
