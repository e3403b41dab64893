import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { REPO, cleanProject, project, run } from './helpers.js';

const CLEAN = join('refund-service', 'TECHNICAL-DESIGN.md');

/** The clean example in a project with the given engine config files. */
function withConfig(files: Record<string, string>): string {
  const dir = cleanProject();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('engine ids and engine configs, as a process', () => {
  it('an engine rule id that the engine does not have exits 2 with the nearest id, from --rule or the config', () => {
    const dir = cleanProject();
    const r = run(['--rule', 'spectral:operation-tag: off', CLEAN], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'design-check: invalid --rule: unknown Spectral rule "spectral:operation-tag"; did you mean "spectral:operation-tags"? (a rule that the project\'s .spectral.yaml defines is set there)\n']);
    const cfg = withConfig({ 'design-check.config.yaml': 'rules:\n  redocly:no-invalid-schema-example: off\n' });
    const c = run([CLEAN], { cwd: cfg });
    expect([c.code, c.stderr]).toEqual([2, `design-check: config error: ${join(cfg, 'design-check.config.yaml')}: unknown Redocly rule "redocly:no-invalid-schema-example"; did you mean "redocly:no-invalid-schema-examples"?\n`]);
  });

  it('a broken .spectral.yaml exits 2 naming the file, the key and the reason, not a finding on the first fence', () => {
    const dir = withConfig({ '.spectral.yaml': 'extends: [[spectral:oas, recommended]]\nrules:\n  operation-tags: of\n' });
    const r = run(['--format', 'json', CLEAN], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `design-check: config error: ${join(dir, '.spectral.yaml')}: rules.operation-tags: unexpected severity 'of', expected error, warn, info, hint, off; did you mean 'off'?\n`]);
  });

  it('a redocly.yaml with an unknown rule or a bad severity exits 2 instead of silently lowering an error', () => {
    const typo = withConfig({ 'redocly.yaml': 'extends: [recommended]\nrules:\n  operation-summry: off\n' });
    const t = run([CLEAN], { cwd: typo });
    expect([t.code, t.stderr]).toEqual([2, `design-check: config error: ${join(typo, 'redocly.yaml')}: rules.operation-summry: Property \`operation-summry\` is not expected here; did you mean 'operation-summary'?\n`]);
    const severity = withConfig({ 'redocly.yaml': 'extends: [recommended]\nrules:\n  operation-summary: of\n' });
    const s = run([CLEAN], { cwd: severity });
    expect([s.code, s.stderr]).toEqual([2, `design-check: config error: ${join(severity, 'redocly.yaml')}: rules.operation-summary: \`operation-summary\` can be one of the following only: "error", "warn", "off"; did you mean 'off'?\n`]);
  });
});

describe('valid OpenAPI never crashes a rule, as a process', () => {
  it('two schemas that $ref each other: exit 1 with one finding naming the cycle, no internal error', () => {
    const design = readFileSync(join(REPO, 'packages/plugin-openapi/test/fixtures/ref-cycles.md'), 'utf8');
    const dir = project({ 'docs/pricing/TECHNICAL-DESIGN.md': design });
    const r = run(['--format', 'json', '--rule', 'structure/required-sections: off', '--rule', 'structure/metadata: off', 'docs/pricing/TECHNICAL-DESIGN.md'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, '']);
    const found = JSON.parse(r.stdout).files[0].diagnostics.map((d: { line: number; column: number; ruleId: string }) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(found).toEqual(['58:7 openapi/unresolved-ref']);
  });
});
