import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, REPO, project } from './helpers.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; types: string[]; additional_dependencies: string[] }>;

/** A project as a workflow checks it out: design-check installed, a clean design and a defective one. */
function checkout(): string {
  const dir = project({ 'README.md': '# Payments\n\nHow the team works.\n' });
  cpSync(join(EXAMPLES, 'refund-service'), join(dir, 'docs/refunds'), { recursive: true });
  cpSync(join(EXAMPLES, 'defects/slo-defects.md'), join(dir, 'docs/gift-cards/TECHNICAL-DESIGN.md'));
  for (const f of ['BRIEF.md', 'OUTCOME-CONTRACT.md']) cpSync(join(EXAMPLES, 'defects', f), join(dir, 'docs/gift-cards', f));
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/.bin/design-check'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, 'node_modules/.bin/design-check'), 0o755);
  return dir;
}

/** `${{ inputs.x }}` and `${{ steps.y.outputs.z }}`, as the runner evaluates them in `env`, `with` and `if`. */
function evaluate(text: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*(inputs\.([\w-]+)|steps\.([\w-]+)\.outputs\.([\w-]+))\s*\}\}/g, (_, _all, input: string, step: string, out: string) => (input ? inputs[input] : (outputs[step]?.[out] ?? '')));
}

/** Run the action's shell steps in order as a composite action runs them; returns what each printed and the outputs. */
function runAction(dir: string, given: Record<string, string>) {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...given };
  const outputs: Record<string, Record<string, string>> = {};
  const printed: Record<string, string> = {};
  let failed: string | undefined;
  for (const step of action.runs.steps) {
    if (step.uses) continue;
    if (step.if) {
      const cond = evaluate(step.if, inputs, outputs).replace(/^always\(\) && /, '');
      const m = /^(\S+) == '(\S*)'$/.exec(cond.replace(/^inputs\.([\w-]+)/, (_, k: string) => inputs[k]));
      expect(m, `condition ${step.if}`).toBeTruthy();
      if (m![1] !== m![2]) continue;
    }
    const outFile = join(dir, `.github-output-${step.id ?? 'x'}`);
    writeFileSync(outFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, inputs, outputs)]));
    const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    printed[step.name] = r.stdout + r.stderr;
    if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
    if (r.status !== 0) {
      failed = step.name;
      break;
    }
  }
  return { printed, outputs, failed };
}

describe('the GitHub Action', () => {
  it('is a composite action whose scripts take inputs from the environment only (no expression pasted into a script)', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.run, step.name).not.toContain('${{');
    const upload = action.runs.steps.find((s) => s.uses)!;
    expect(upload).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v3', if: "always() && inputs.upload-sarif == 'true'", with: { sarif_file: '${{ inputs.sarif-file }}', category: 'design-check' } });
  });

  it('annotates the findings, writes the SARIF it uploads, and fails the job on errors', () => {
    const dir = checkout();
    const r = runAction(dir, { paths: 'docs', summary: 'true' });
    expect(r.outputs.choose).toEqual({ command: 'node_modules/.bin/design-check' });
    const annotations = r.printed['Annotate the pull request'].split('\n').filter(Boolean);
    expect(annotations.length).toBeGreaterThan(5);
    expect(annotations.every((l) => /^::(error|warning|notice) file=docs\/gift-cards\/TECHNICAL-DESIGN\.md,line=\d+,col=\d+/.test(l))).toBe(true);
    expect(r.outputs.annotations).toEqual({ 'exit-code': '1' });
    const sarif = JSON.parse(readFileSync(join(dir, 'design-check.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(annotations.length);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^### ❌ design-check: \d+ problems .* in 1 of 2 design documents/);
    expect(r.failed).toBe('Fail on errors');
  }, 240_000);

  it('passes a clean project, with globs and options as given, and writes no summary unless asked', () => {
    const dir = checkout();
    const r = runAction(dir, { paths: 'docs/refunds/*.md docs/**/refunds/TECHNICAL-DESIGN.md', args: '--max-warnings 0 --designs-only' });
    expect(r.failed).toBeUndefined();
    expect(r.printed['Annotate the pull request']).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'design-check.sarif'), 'utf8')).runs[0].results).toEqual([]);
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
  }, 240_000);
});

describe('the pre-commit hooks', () => {
  /** Run a hook's entry as pre-commit does: the entry, then every staged file of the hook's types. */
  function hook(id: string, dir: string, files: string[]) {
    const h = hooks.find((x) => x.id === id)!;
    const entry = h.entry.replace(/^design-check\b/, `"${process.execPath}" "${BIN}"`);
    return spawnSync('bash', ['-c', `${entry} ${files.map((f) => `'${f}'`).join(' ')}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  }

  it('are node hooks on markdown files that install design-check', () => {
    expect(hooks.map((h) => h.id)).toEqual(['design-check', 'design-check-fix']);
    for (const h of hooks) expect(h).toMatchObject({ language: 'node', types: ['markdown'], additional_dependencies: ['design-check'] });
  });

  it('check the staged designs and leave other markdown alone', () => {
    const dir = checkout();
    const staged = ['README.md', 'docs/gift-cards/BRIEF.md', 'docs/gift-cards/TECHNICAL-DESIGN.md', 'docs/refunds/TECHNICAL-DESIGN.md'];
    const r = hook('design-check', dir, staged);
    expect(r.status).toBe(1);
    const reported = r.stdout.split('\n').filter((l) => /^\S+\.md$/.test(l));
    expect(reported).toEqual(['docs/gift-cards/TECHNICAL-DESIGN.md']);
    expect(hook('design-check', dir, ['README.md', 'docs/refunds/TECHNICAL-DESIGN.md']).status).toBe(0);
  }, 240_000);

  it('the fix hook repairs a staged design', () => {
    const dir = checkout();
    const path = join(dir, 'docs/refunds/TECHNICAL-DESIGN.md');
    const clean = readFileSync(path, 'utf8');
    writeFileSync(path, clean.replace('| **Created** | 2026-03-02 |', '| **Created** | 2026-3-2 |'));
    const r = hook('design-check-fix', dir, ['README.md', 'docs/refunds/TECHNICAL-DESIGN.md']);
    expect([r.status, r.stderr]).toEqual([0, 'design-check: fixed 1 problem in 1 file.\n']);
    expect(readFileSync(path, 'utf8')).toBe(clean);
  }, 240_000);
});
