import { describe, expect, it } from 'vitest';
import { check, ConfigError, definePlugin, resolveConfig, type Diagnostic, type Plugin } from '../src/index.js';
import { META, demo } from './fixtures.js';

/** The demo plugin, declaring the Spectral ids its engine rule reports. */
const declared: Plugin = {
  ...demo,
  sources: [{ prefix: 'spectral', engine: 'Spectral', ids: ['operation-tags', 'oas3-schema', 'operation-description'], hint: 'rules of .spectral.yaml are set there' }],
};

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

function configError(plugins: Plugin[], rules: Record<string, 'off'>): string {
  try {
    resolveConfig(plugins, { config: { rules }, filepath: '/p/design-check.config.json', dir: '/p' });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return `${(e as ConfigError).key} ${(e as Error).message}`;
  }
  return 'accepted';
}

describe('engine source ids in configs', () => {
  it('rejects an engine id that the engine does not have, with the nearest one', () => {
    expect(configError([declared], { 'spectral:operation-tag': 'off' })).toBe(
      'rules.spectral:operation-tag /p/design-check.config.json: unknown Spectral rule "spectral:operation-tag"; did you mean "spectral:operation-tags"? (rules of .spectral.yaml are set there)',
    );
    expect(configError([declared], { 'spectral:completely-else': 'off' })).toBe(
      'rules.spectral:completely-else /p/design-check.config.json: unknown Spectral rule "spectral:completely-else": rules of .spectral.yaml are set there',
    );
    expect(configError([declared], { 'spectral:operation-tags': 'off' })).toBe('accepted');
  });

  it('rejects a misspelt engine prefix, and accepts ids of an engine that no plugin declares', () => {
    expect(configError([declared], { 'spectal:operation-tags': 'off' })).toBe(
      'rules.spectal:operation-tags /p/design-check.config.json: unknown engine "spectal:operation-tags"; did you mean "spectral:operation-tags"? (no plugin reports "spectal:" ids)',
    );
    expect(configError([declared], { 'typescript:TS2304': 'off' })).toBe('accepted');
    expect(configError([demo], { 'spectral:operation-tag': 'off' })).toBe('accepted');
  });

  it('checks --rule and pattern ids the same way', () => {
    const ts: Plugin = { ...demo, sources: [{ prefix: 'typescript', engine: 'TypeScript', ids: [], pattern: /^TS\d+$/ }] };
    expect(() => resolveConfig([ts], undefined, undefined, { 'typescript:TS2304': 'off' })).not.toThrow();
    expect(() => resolveConfig([ts], undefined, undefined, { 'typescript:TS23O4': 'off' })).toThrow('unknown TypeScript rule "typescript:TS23O4"');
  });

  it('rejects an unknown runner id', () => {
    expect(configError([declared], { 'core/unused-disabled': 'off' })).toBe(
      'rules.core/unused-disabled /p/design-check.config.json: unknown rule "core/unused-disabled"; did you mean "core/unused-disable"?',
    );
  });

  it('checks the engine ids a plugin sets in its own configs', () => {
    const rule = demo.rules[1];
    const define = (id: string) => () =>
      definePlugin({ name: 'x', rules: [rule], recommended: { 'x/engine': { level: 'error', why: 'w' }, [id]: { level: 'warn', why: 'w' } }, sources: declared.sources });
    expect(define('spectral:operation-tags')).not.toThrow();
    expect(define('spectral:operation-tag')).toThrow('plugin "x": unknown Spectral rule "spectral:operation-tag"; did you mean "spectral:operation-tags"?');
  });
});

describe('directives naming unknown ids', () => {
  it('says which id is unknown, with the nearest one, instead of only "unused"', async () => {
    const text = [
      META,
      '<!-- design-check-disable-next-line spectral:operation-tag -->',
      'Some text.',
      '',
      '<!-- design-check-disable demo/statuss, demo/engine -->',
      '<!-- design-check-enable dmo -->',
      '<!-- design-check-disable-next-line demo -->',
      'More text.',
    ].join('\n');
    const r = await check(text, { plugins: [declared] });
    expect(brief(r.diagnostics).filter((d) => d.includes('core/'))).toEqual([
      '9:1 core/unused-disable The design-check-disable-next-line directive names an unknown Spectral rule "spectral:operation-tag" (did you mean "spectral:operation-tags"?), which suppresses nothing; fix the id or remove it.',
      '12:1 core/unused-disable The design-check-disable directive names an unknown rule "demo/statuss" (did you mean "demo/status"?), which suppresses nothing; fix the id or remove it.',
      '13:1 core/unused-disable The design-check-enable directive names an unknown plugin or rule "dmo" (did you mean "demo"?), which suppresses nothing; fix the id or remove it.',
      '14:1 core/unused-disable Unused design-check-disable-next-line directive: no problem from "demo" was reported here; remove it.',
    ]);
  });
});

describe('a config error met by a rule', () => {
  it('stops the check like a broken design-check config instead of becoming internal/rule-crash', async () => {
    const engineConfig: Plugin = {
      name: 'eng',
      rules: [{ name: 'x', meta: { description: 'reads an engine config', messages: {} }, check: () => Promise.reject(new ConfigError('rules.a: no such rule', '/p/.spectral.yaml', 'rules.a')) }],
      configs: { recommended: { 'eng/x': 'error' }, strict: {} },
    };
    await expect(check(META, { plugins: [engineConfig] })).rejects.toThrow('/p/.spectral.yaml: rules.a: no such rule');
  });
});
