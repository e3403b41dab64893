import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, isIgnored, loadConfigFile, resolveConfig } from '../src/index.js';
import { demo } from './fixtures.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-config-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('config discovery', () => {
  it('finds the nearest config upward from the document', async () => {
    const dir = project({
      'design-check.config.yaml': 'rules:\n  demo/status: warn\n',
      'docs/payments/design.md': '# x',
      'docs/payments/.design-checkrc': '{ "rules": { "demo/status": "off" } }',
      'docs/other/design.md': '# y',
    });
    const near = await findConfig(join(dir, 'docs/payments/design.md'));
    expect(near?.filepath).toBe(join(dir, 'docs/payments/.design-checkrc'));
    const far = await findConfig(join(dir, 'docs/other/design.md'));
    expect(far?.filepath).toBe(join(dir, 'design-check.config.yaml'));
    expect(resolveConfig([demo], far).rules.get('demo/status')).toMatchObject({ severity: 'warning', explicit: true });
  });

  it('reads package.json#designCheck and .mjs configs', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'x', designCheck: { extends: 'strict' } }),
      'a/design-check.config.mjs': "export default { rules: { 'demo/engine': 'off' } };\n",
      'a/d.md': '',
      'b/d.md': '',
    });
    expect((await findConfig(join(dir, 'b/d.md')))?.config).toEqual({ extends: 'strict' });
    expect((await findConfig(join(dir, 'a/d.md')))?.config).toEqual({ rules: { 'demo/engine': 'off' } });
  });

  it('names the unknown key and the file', async () => {
    const dir = project({ 'design-check.config.json': '{ "rulez": {} }' });
    const file = join(dir, 'design-check.config.json');
    await expect(loadConfigFile(file)).rejects.toThrow(`${file}: unknown key "rulez" (expected one of: root, plugins, extends, files, rules, ignores, settings, overrides)`);
  });

  it('names a bad severity, an unknown rule and a broken file', async () => {
    const dir = project({
      'bad-sev.yml': 'rules:\n  demo/status: loud\n',
      'typo.json': '{ "rules": { "demo/statuss": "error" } }',
      'broken.json': '{ "rules": ',
    });
    await expect(loadConfigFile(join(dir, 'bad-sev.yml'))).rejects.toThrow('"rules.demo/status" must be "off", "info", "warn", "error" or [severity, options]');
    const typo = await loadConfigFile(join(dir, 'typo.json'));
    expect(() => resolveConfig([demo], typo)).toThrow(`${join(dir, 'typo.json')}: unknown rule "demo/statuss"; did you mean "demo/status"?`);
    await expect(loadConfigFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: cannot parse the config as JSON/);
    await expect(loadConfigFile(join(dir, 'nope.json'))).rejects.toThrow('cannot read the config file');
  });
});

describe('resolveConfig', () => {
  it('applies extends, rules, then matching overrides; ignores by glob', () => {
    const loaded = {
      config: {
        extends: ['strict'],
        rules: { 'demo/crash': 'off' as const },
        overrides: [{ files: ['legacy/**/*.md'], rules: { 'demo/status': 'warn' as const } }],
        ignores: ['drafts/**'],
      },
      filepath: '/p/design-check.config.json',
      dir: '/p',
    };
    const legacy = resolveConfig([demo], loaded, '/p/legacy/old/design.md');
    expect(legacy.rules.get('demo/status')?.severity).toBe('warning');
    expect(legacy.rules.get('demo/crash')?.severity).toBe('off');
    expect(resolveConfig([demo], loaded, '/p/new/design.md').rules.get('demo/status')?.severity).toBe('error');
    expect(isIgnored(loaded, '/p/drafts/x.md')).toBe(true);
    expect(isIgnored(loaded, '/p/docs/x.md')).toBe(false);
  });

  it('refuses an unknown preset', () => {
    expect(() => resolveConfig([demo], { config: { extends: 'everything' }, dir: '/p', filepath: '/p/c.json' })).toThrow(
      '/p/c.json: unknown preset "everything" in extends: use "recommended", "strict" or "plugin:<plugin>/recommended"',
    );
  });
});
