import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, project, run } from './helpers.js';

/** The clean CRLF example with a BOM and fixable defects seeded in it, and the text --fix must give back. */
function seeded(): { broken: string; fixed: string } {
  const clean = `\uFEFF${readFileSync(join(EXAMPLES, 'search-indexing/TECHNICAL-DESIGN.md'), 'utf8')}`;
  expect(clean).toContain('\r\n');
  const edits: Array<[string, string, string]> = [
    // [clean text, as broken, as --fix writes it]
    ['| **Status** | in-review |', '| **Status** | In Review |', '| **Status** | in-review |'],
    ['| **Created** | 2026-11-02 |', '| **Created** | 2026-11-2 |', '| **Created** | 2026-11-02 |'],
    ['| `search.cdc.slot_retained_bytes` | gauge |', '| `Search.CDC.Slot_Retained_Bytes` | gauge |', '| `search.cdc.slot_retained_bytes` | gauge |'],
    ['| Reindex API | availability | 99.5% | 0.5% over', '| Reindex API | availability | 99.5% | 0.7% over', '| Reindex API | availability | 99.5% | 0.5% over'],
    // A short row whose metric name is also wrong: two fixes that overlap, applied in two passes.
    [
      '| `search.reindex.duration` | histogram | s | index, scope_kind | Reindex job wall-clock time |',
      '| `Search.Reindex.Duration` | histogram | s | index, scope_kind |',
      '| `search.reindex.duration` | histogram | s | index, scope_kind |  |',
    ],
  ];
  let broken = clean;
  let fixed = clean;
  for (const [good, bad, repaired] of edits) {
    expect(clean.split(good)).toHaveLength(2);
    broken = broken.replace(good, bad);
    fixed = fixed.replace(good, repaired);
  }
  return { broken, fixed };
}

describe('--fix', () => {
  it('repairs what is unambiguous in passes, touches no other byte, keeps CRLF and the BOM; a second run changes nothing', () => {
    const { broken, fixed } = seeded();
    const dir = project({ 'docs/search/TECHNICAL-DESIGN.md': broken });
    cpSync(join(EXAMPLES, 'search-indexing'), join(dir, 'docs/search'), { recursive: true, filter: (src) => !src.endsWith('TECHNICAL-DESIGN.md') });
    const before = run(['--format', 'json', 'docs'], { cwd: dir });
    const fixable = JSON.parse(before.stdout).files[0].diagnostics.map((d: { ruleId: string; line: number }) => `${d.line} ${d.ruleId}`);
    expect(fixable).toEqual(expect.arrayContaining(['13 structure/metadata-status-spelling', '16 structure/metadata-dates', '404 slo/metric-name', '405 slo/metric-name', '405 structure/table-cell-count', '418 slo/error-budget']));
    const file = join(dir, 'docs/search/TECHNICAL-DESIGN.md');

    const r = run(['--fix', 'docs'], { cwd: dir });
    expect(r.stderr).toBe('design-check: fixed 6 problems in 1 file.\n');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // What is left is the empty cell the padding made, for the author to fill in.
    expect(r.stdout).not.toContain('fixable with --fix');

    const again = run(['--fix', 'docs'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  }, 240_000);

  it('--fix-dry-run prints the diff alone and writes nothing; the diff applies to give what --fix writes', () => {
    const { broken, fixed } = seeded();
    const dir = project({ 'design.md': broken });
    const r = run(['--fix-dry-run', 'design.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'design.md'), 'utf8')).toBe(broken);
    expect(r.stdout.startsWith('--- a/design.md\n+++ b/design.md\n@@ -10,10 +10,10 @@\n')).toBe(true);
    expect(r.stderr).toMatch(/^design-check: --fix-dry-run: 6 fixes in 1 file; \d+ problems? would remain \(run without --fix-dry-run to see them\)\.\n$/);
    expect(applyPatch(broken, r.stdout)).toBe(fixed);
    // stdin too, under its --stdin-filename.
    const piped = run(['--fix-dry-run', '-', '--stdin-filename', 'docs/design.md'], { cwd: dir, input: broken });
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual(['--- a/docs/design.md', '+++ b/docs/design.md']);
  }, 240_000);

  it('repairs the fixable findings of the bundled examples, and only those bytes', () => {
    const dir = project();
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const first = run(['--fix', 'examples'], { cwd: dir });
    expect([first.code, first.stderr]).toEqual([1, 'design-check: fixed 1 problem in 1 file.\n']);
    for (const f of readdirSync(join(EXAMPLES, 'defects'))) {
      const original = readFileSync(join(EXAMPLES, 'defects', f), 'utf8');
      const now = readFileSync(join(dir, 'examples/defects', f), 'utf8');
      if (f === 'slo-defects.md') expect(now).toBe(original.replace('| 99.9% | 0.5% over 30d rolling |', '| 99.9% | 0.1% over 30d rolling |'));
      else expect(now).toBe(original);
    }
    const second = run(['--fix', 'examples'], { cwd: dir });
    expect(second.stderr).toBe('');
  }, 240_000);

  it('stylish counts what --fix would repair', () => {
    const dir = project({ 'design.md': seeded().broken });
    const r = run(['design.md'], { cwd: dir });
    expect(r.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors?, \d+ warnings?, 0 infos\)\n {2}6 problems fixable with --fix \(--fix-dry-run shows the diff\)\n$/);
    expect(r.stdout.match(/✖/g)).toHaveLength(1);
  }, 240_000);

  it('--quiet fixes errors only', () => {
    const { broken } = seeded();
    const dir = project({ 'design.md': broken });
    run(['--fix', '--quiet', 'design.md'], { cwd: dir });
    const text = readFileSync(join(dir, 'design.md'), 'utf8');
    // The status spelling is a warning: left as it was; the date (an error) is fixed.
    expect(text).toContain('| **Status** | In Review |');
    expect(text).toContain('| **Created** | 2026-11-02 |');
  }, 240_000);
});

describe('--rule with options', () => {
  it('takes [severity, options] in YAML, validated like a config', () => {
    const dir = project();
    cpSync(join(EXAMPLES, 'refund-service'), dir, { recursive: true });
    const off = run(['--format', 'json', 'TECHNICAL-DESIGN.md', '--rule', 'structure/metadata-future-dates: [error, {today: "2026-03-01"}]'], { cwd: dir });
    const found = JSON.parse(off.stdout).files[0].diagnostics.map((d: { ruleId: string; line: number }) => `${d.line} ${d.ruleId}`);
    expect(found).toContain('14 structure/metadata-future-dates');
    const bad = run(['TECHNICAL-DESIGN.md', '--rule', 'structure/metadata-future-dates: [error, {tody: "2026-03-01"}]'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, 'design-check: invalid --rule: unknown key "--rule.structure/metadata-future-dates[1].tody" (expected one of: today)\n']);
    const engine = run(['TECHNICAL-DESIGN.md', '--rule', 'spectral:operation-tags: off'], { cwd: dir });
    expect(engine.code).toBe(0);
  }, 240_000);
});

describe('--designs-only', () => {
  it('checks a named file only when it is a design, as pre-commit names every changed markdown file', () => {
    const dir = project({ 'README.md': '# Payments\n\nHow we work.\n' });
    cpSync(join(EXAMPLES, 'refund-service'), join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'docs/TECHNICAL-DESIGN.md'), readFileSync(join(dir, 'docs/TECHNICAL-DESIGN.md'), 'utf8').replace('| **Status** | approved |', '| **Status** | approved-ish |'));
    const named = run(['--format', 'compact', 'README.md', 'docs/BRIEF.md'], { cwd: dir });
    expect(named.code).toBe(1);
    const only = run(['--designs-only', '--format', 'compact', 'README.md', 'docs/BRIEF.md', 'docs/TECHNICAL-DESIGN.md'], { cwd: dir });
    expect(only.code).toBe(1);
    expect(only.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['docs/TECHNICAL-DESIGN.md']);
    const none = run(['--designs-only', 'README.md'], { cwd: dir });
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', '']);
  }, 240_000);
});
