import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brief, lintAll, md } from './helpers.js';

// Line 8 is `get:` of an operation without tags or description: two Spectral findings there.
const lines = ['# Design', '', '## API', '', '```yaml', 'paths:', '  /stores:', '    get:', '      operationId: listStores', '      summary: List stores', '      responses:', "        '200': {description: Stores.}", "        '400': {description: Bad request.}", '```'];
const doc = md(...lines);

describe('configuring one engine rule by its source id', () => {
  it('reports both Spectral findings by default, with the engine severity', async () => {
    const found = await lintAll(doc);
    expect(found.map((d) => `${d.line}:${d.column} ${d.source} ${d.severity}`)).toEqual([
      '8:5 spectral:operation-description warning',
      '8:5 spectral:operation-tags warning',
    ]);
  });

  it('turns one off in the config and keeps the rest', async () => {
    expect(brief(await lintAll(doc, { rules: { 'spectral:operation-tags': 'off' } }))).toEqual(['8:5 openapi/spectral spectral:operation-description']);
  });

  it('rejects an engine id that the engine does not have, with the nearest one (config or --rule)', async () => {
    const { resolveConfig } = await import('@design-check/core');
    const openapi = (await import('../src/index.js')).default;
    const fromFile = () => resolveConfig([openapi], { config: { rules: { 'spectral:operation-tag': 'off' } }, filepath: '/p/design-check.config.yaml', dir: '/p' });
    expect(fromFile).toThrow('/p/design-check.config.yaml: unknown Spectral rule "spectral:operation-tag"; did you mean "spectral:operation-tags"?');
    await expect(lintAll(doc, { rules: { 'redocly:no-invalid-schema-example': 'off' } })).rejects.toThrow(
      'unknown Redocly rule "redocly:no-invalid-schema-example"; did you mean "redocly:no-invalid-schema-examples"?',
    );
    expect(() => resolveConfig([openapi], undefined, undefined, { 'redocly:rule/operation-has-owner': 'off', 'spectral:oas3-schema': 'warn' })).not.toThrow();
  });

  it('says so when a directive names an engine rule that does not exist', async () => {
    const text = md(...lines.slice(0, 7), '    # design-check-disable-next-line spectral:operation-tag', ...lines.slice(7));
    const found = await lintAll(text);
    expect(found.filter((d) => d.ruleId === 'core/unused-disable').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:5 The design-check-disable-next-line directive names an unknown Spectral rule "spectral:operation-tag" (did you mean "spectral:operation-tags"?), which suppresses nothing; fix the id or remove it.',
    ]);
  });

  it('changes the severity of one', async () => {
    const found = await lintAll(doc, { rules: { 'spectral:operation-tags': 'error' } });
    expect(found.map((d) => `${d.source} ${d.severity}`)).toEqual(['spectral:operation-description warning', 'spectral:operation-tags error']);
  });

  it('disables one on the next line with a YAML comment inside the fragment', async () => {
    const text = md(...lines.slice(0, 7), '    # design-check-disable-next-line spectral:operation-tags -- tags come with the gateway', ...lines.slice(7));
    const found = await lintAll(text);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? ''}`)).toEqual(['9:5 openapi/spectral spectral:operation-description']);
  });

  it('disables one around a fragment with HTML comments', async () => {
    const text = md(...lines.slice(0, 4), '<!-- design-check-disable spectral:operation-tags -->', ...lines.slice(4), '<!-- design-check-enable spectral:operation-tags -->');
    expect(brief(await lintAll(text))).toEqual(['9:5 openapi/spectral spectral:operation-description']);
  });

  it('reports a directive that suppresses nothing', async () => {
    const text = md(...lines.slice(0, 7), '    # design-check-disable-next-line spectral:operation-tags', ...lines.slice(7));
    const found = await lintAll(text, { rules: { 'spectral:operation-tags': 'off' } });
    expect(brief(found)).toEqual(['8:5 core/unused-disable', '9:5 openapi/spectral spectral:operation-description']);
  });
});

describe('one problem, one finding', () => {
  const undeclared = md('```yaml', 'paths:', '  /stores/{storeId}:', '    get:', '      operationId: getStore', '      summary: Get a store', '      description: One store.', '      tags: [Stores]', '      responses:', "        '200': {description: The store.}", "        '404': {description: No such store.}", '```');

  it('the own rule wins over both engines', async () => {
    expect(brief(await lintAll(undeclared))).toEqual(['3:11 openapi/path-params-declared']);
  });

  it('with the own rule off, Redocly reports it and Spectral stays quiet on the same line', async () => {
    expect(brief(await lintAll(undeclared, { rules: { 'openapi/path-params-declared': 'off' } }))).toEqual(['4:5 openapi/redocly redocly:path-parameters-defined']);
  });

  it('with the own rule and Redocly off, Spectral reports it', async () => {
    const rules = { 'openapi/path-params-declared': 'off', 'openapi/redocly': 'off' } as const;
    expect(brief(await lintAll(undeclared, { rules }))).toEqual(['4:5 openapi/spectral spectral:path-params']);
  });
});

describe('engine severities under the presets', () => {
  // An internal endpoint, complete but for a summary.
  const internal = md('## API', '', '```yaml', 'paths:', '  /internal/reindex:', '    post:', '      operationId: reindex', '      description: Rebuilds the search index.', '      tags: [Internal]', '      responses:', "        '202': {description: Started.}", "        '409': {description: Already running.}", '```');

  it('a missing operation summary is a warning under recommended, an error under strict', async () => {
    expect((await lintAll(internal)).map((d) => `${d.line}:${d.column} ${d.source} ${d.severity}`)).toEqual(['6:5 redocly:operation-summary warning']);
    const strict = await lintAll(internal, { config: { config: { extends: 'strict' }, dir: '.' } });
    expect(strict.map((d) => `${d.source} ${d.severity}`)).toEqual(['redocly:operation-summary error']);
  });

  it("the user's setting of the engine rule wins over the preset, and so does the rule's own severity", async () => {
    expect((await lintAll(internal, { rules: { 'redocly:operation-summary': 'error' } })).map((d) => d.severity)).toEqual(['error']);
    expect((await lintAll(internal, { rules: { 'openapi/redocly': 'info' } })).map((d) => d.severity)).toEqual(['info']);
  });

  it('one $ref typo is reported once, naming the ref, when openapi/unresolved-ref is off', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../examples/defects/openapi-defects.md', import.meta.url), 'utf8');
    const found = await lintAll(text, { rules: { 'openapi/unresolved-ref': 'off' } });
    expect(found.filter((d) => /\$ref|does not exist/.test(d.message) && d.ruleId !== 'openapi/external-ref').map((d) => `${d.line}:${d.column} ${d.source} ${d.message}`)).toEqual([
      "57:15 redocly:no-unresolved-refs Can't resolve $ref '#/components/schemas/RefundRequst'",
    ]);
  });
});

describe("a project's own engine configs", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const project = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'design-check-openapi-'));
    roots.push(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return { projectRoot: root, path: join(root, 'docs/design.md') };
  };

  it('honours .spectral.yaml: a rule off, a severity changed, a custom rule with a core function', async () => {
    const spectral = ['extends: [[spectral:oas, recommended]]', 'rules:', '  operation-tags: off', '  operation-description: error', '  operation-id-kebab:', '    severity: warn', '    message: operationId must be kebab-case', '    given: $.paths[*][*].operationId', '    then: {function: pattern, functionOptions: {match: "^[a-z]+(-[a-z]+)*$"}}'];
    const found = await lintAll(doc, project({ '.spectral.yaml': spectral.join('\n') }));
    expect(found.map((d) => `${d.line}:${d.column} ${d.source} ${d.severity} ${d.message}`)).toEqual([
      '8:5 spectral:operation-description error Operation "description" must be present and non-empty string.',
      '9:7 spectral:operation-id-kebab warning operationId must be kebab-case',
    ]);
  });

  it('refuses an extends of a URL and JavaScript functions, with a clear error, and still checks', async () => {
    const spectral = ['extends:', '  - spectral:oas', '  - https://example.com/ruleset.yaml', 'functions: [evil]', 'rules:', '  operation-tags: off'];
    const found = await lintAll(doc, project({ '.spectral.yaml': spectral.join('\n') }));
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`)).toEqual([
      "5:1 openapi/spectral error Spectral config .spectral.yaml: 'functions' is refused: custom JavaScript functions are never run; use Spectral's core functions",
      "5:1 openapi/spectral error Spectral config .spectral.yaml: extends of a URL ('https://example.com/ruleset.yaml') is refused: design-check never fetches rulesets; copy the rules into the project",
      '8:5 openapi/spectral warning Operation "description" must be present and non-empty string.',
    ]);
  });

  it('honours redocly.yaml, and settings.spectral naming a ruleset file', async () => {
    const files = {
      'redocly.yaml': 'extends: [minimal]\nrules:\n  operation-summary: off\n  operation-4xx-response: error\n',
      'config/api.spectral.yaml': 'extends: [[spectral:oas, off]]\nrules:\n  operation-tags: error\n',
    };
    const text = md('```yaml', 'paths:', '  /a:', '    get:', '      operationId: a', '      responses:', "        '200': {description: OK.}", '```');
    const found = await lintAll(text, project(files));
    expect(brief(found)).toEqual(['4:5 openapi/spectral spectral:operation-description', '4:5 openapi/spectral spectral:operation-tags', '6:7 openapi/redocly redocly:operation-4xx-response']);
    const withSetting = await lintAllWithSettings(text, project(files), { spectral: 'config/api.spectral.yaml' });
    expect(withSetting.map((d) => `${d.source} ${d.severity}`)).toEqual(['spectral:operation-tags error', 'redocly:operation-4xx-response error']);
  });

  const configError = async (files: Record<string, string>) => {
    const where = project(files);
    const error = await lintAll(doc, where).then(
      () => undefined,
      (e: Error & { key?: string }) => `${e.name} ${e.key ?? ''} ${e.message.replace(where.projectRoot, '<root>')}`,
    );
    return error ?? 'no error';
  };

  it('stops with a config error naming the file, the key and the reason when redocly.yaml is broken', async () => {
    expect(await configError({ 'redocly.yaml': 'rules:\n  operation-summary: of\n' })).toBe(
      'ConfigError rules.operation-summary <root>/redocly.yaml: rules.operation-summary: `operation-summary` can be one of the following only: "error", "warn", "off"; did you mean \'off\'?',
    );
    expect(await configError({ 'redocly.yaml': 'extends: [recommended]\nrules:\n  operation-summry: off\n  tag-description: warn\n' })).toBe(
      "ConfigError rules.operation-summry <root>/redocly.yaml: rules.operation-summry: Property `operation-summry` is not expected here; did you mean 'operation-summary'?",
    );
    expect(await configError({ 'redocly.yaml': 'extends: [./base.yaml]\n', 'base.yaml': 'oas3_1Rules:\n  no-invalid-schema-example: warn\n' })).toBe(
      "ConfigError oas3_1Rules.no-invalid-schema-example <root>/base.yaml: oas3_1Rules.no-invalid-schema-example: Property `no-invalid-schema-example` is not expected here; did you mean 'no-invalid-schema-examples'?",
    );
    expect(await configError({ 'redocly.yaml': 'rules: {\n  operation-summary: off\n' })).toMatch(/^ConfigError {2}<root>\/redocly\.yaml: cannot parse the config: Flow map in block collection must be sufficiently indented and end with a \} at line 3, column 1$/);
    expect(await configError({ 'redocly.yaml': 'rules:\n  operation-summary: off\n  rule/has-owner: {subject: {type: Operation}, assertions: {defined: true}}\n' })).toBe('no error');
  });

  it('stops with a config error naming the file, the key and the reason when .spectral.yaml is broken', async () => {
    const oas = 'extends: [[spectral:oas, recommended]]\n';
    expect(await configError({ '.spectral.yaml': `${oas}rules:\n  operation-tags: of\n` })).toBe(
      "ConfigError rules.operation-tags <root>/.spectral.yaml: rules.operation-tags: unexpected severity 'of', expected error, warn, info, hint, off; did you mean 'off'?",
    );
    expect(await configError({ '.spectral.yaml': `${oas}rules:\n  operation-tag: off\n` })).toBe(
      "ConfigError rules.operation-tag <root>/.spectral.yaml: rules.operation-tag: spectral:oas has no rule 'operation-tag' to change; did you mean 'operation-tags'?",
    );
    expect(await configError({ '.spectral.yaml': `${oas}rules:\n  owner:\n    given: $.paths[*][*]\n    then: {field: x-owner, function: truthi}\n` })).toBe(
      "ConfigError rules.owner.then.function <root>/.spectral.yaml: rules.owner.then.function: 'truthi' is not a Spectral core function; did you mean 'truthy'?",
    );
    expect(await configError({ '.spectral.yaml': `${oas}rules:\n  owner:\n    given: 42\n    then: {function: truthy}\n` })).toMatch(
      /^ConfigError rules\.owner\.given <root>\/\.spectral\.yaml: rules\.owner\.given: must be a valid JSON Path expression/,
    );
    expect(await configError({ '.spectral.yaml': 'extends: [[spectral:oas, recomended]]\n' })).toBe(
      "ConfigError extends <root>/.spectral.yaml: extends: unknown mode 'recomended' for spectral:oas, expected recommended, all or off",
    );
    expect(await configError({ '.spectral.yaml': 'extends: [./team.yaml]\n' })).toBe("ConfigError extends <root>/.spectral.yaml: extends './team.yaml' does not exist");
  });

  it("the project's redocly.yaml severity wins over the preset's", async () => {
    const internal = md('```yaml', 'paths:', '  /internal/reindex:', '    post:', '      operationId: reindex', '      description: Rebuilds the search index.', '      tags: [Internal]', '      responses:', "        '202': {description: Started.}", "        '409': {description: Already running.}", '```');
    const found = await lintAll(internal, project({ 'redocly.yaml': 'extends: [recommended]\nrules:\n  operation-summary: error\n' }));
    expect(found.map((d) => `${d.source} ${d.severity}`)).toEqual(['redocly:operation-summary error']);
  });

  it('refuses a redocly.yaml extends of a URL and its plugins', async () => {
    const found = await lintAll(doc, project({ 'redocly.yaml': 'extends:\n  - recommended\n  - https://example.com/redocly.yaml\nplugins: [./evil.js]\n' }));
    expect(found.filter((d) => d.messageId === 'config').map((d) => d.message)).toEqual([
      "Redocly config redocly.yaml: 'plugins' is refused: design-check never runs project code; use built-in rules",
      "Redocly config redocly.yaml: extends of a URL ('https://example.com/redocly.yaml') is refused: design-check never fetches rulesets; copy the rules into the project",
    ]);
  });
});

async function lintAllWithSettings(text: string, where: { projectRoot: string; path: string }, settings: Record<string, unknown>) {
  const { resolveConfig } = await import('@design-check/core');
  const openapi = (await import('../src/index.js')).default;
  const config = resolveConfig([openapi], { config: { settings }, dir: where.projectRoot });
  return lintAll(text, { ...where, config });
}
