import { describe, expect, it } from 'vitest';
import { checkJobs, type CheckJobsOptions } from '../src/check-files.js';
import { DESIGN, demo } from './demo-plugin.js';

const CLEAN = DESIGN.replace('finished-ish', 'draft').replace('TODO explain.', 'Refunds for card payments.');

function options(needsSource: boolean): CheckJobsOptions {
  return { cwd: process.cwd(), cliRules: {}, plugins: async () => [demo], read: async () => ({ problem: undefined as never }), concurrency: 2, needsSource };
}

const jobs = [
  { path: 'with-findings.md', loaded: undefined, named: true, text: DESIGN },
  { path: 'clean.md', loaded: undefined, named: true, text: CLEAN },
];

describe('checkJobs', () => {
  it('keeps the text of a document with findings for a report that quotes lines (stylish, html)', async () => {
    const [withFindings, clean] = await checkJobs(jobs, options(true));
    expect(withFindings.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(['demo/status 7:16', 'demo/todo 11:1']);
    expect(withFindings.source).toBe(DESIGN);
    // A clean document has no line to quote: a batch does not hold its text until the report.
    expect(clean.diagnostics).toEqual([]);
    expect(clean.source).toBeUndefined();
  });

  it('keeps no text for a report that quotes none (json, sarif, …), findings or not', async () => {
    const [withFindings, clean] = await checkJobs(jobs, options(false));
    expect(withFindings.diagnostics).toHaveLength(2);
    expect(withFindings.errorCount).toBe(1);
    expect(withFindings.warningCount).toBe(1);
    expect(withFindings.source).toBeUndefined();
    expect(clean.source).toBeUndefined();
  });
});
