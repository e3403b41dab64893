import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// design-check's own design, written from the template: its API is the JSON report, its shared
// types the diagnostic types, its threat model the untrusted-input promises, its SLOs the
// performance targets. It must stay clean under every default plugin.
describe("design-check's own design", () => {
  it('is clean', () => {
    const r = run(['--format', 'json', 'docs/design/design-check.md']);
    const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ line: number; column: number; ruleId: string; message: string }> }> };
    expect(report.files[0].diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
