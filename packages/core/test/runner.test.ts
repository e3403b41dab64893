import { describe, expect, it } from 'vitest';
import { check, resolveConfig, type Diagnostic } from '../src/index.js';
import { META, demo } from './fixtures.js';

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('check', () => {
  it('runs the recommended rules and stamps rule id, severity, url and positions', async () => {
    const r = await check(META, { path: 'design.md', plugins: [demo] });
    expect(r.diagnostics.find((d) => d.ruleId === 'demo/status')).toEqual({
      ruleId: 'demo/status',
      severity: 'error',
      message: 'Unexpected status "finished-ish", expected one of draft, approved',
      line: 7,
      column: 16,
      endLine: 7,
      endColumn: 28,
      url: 'https://github.com/design-check/design-check/blob/main/docs/rules/demo/status.md',
      messageId: 'bad',
      data: { value: 'finished-ish', allowed: 'draft, approved' },
    });
    expect([r.errorCount, r.warningCount, r.internalError]).toEqual([2, 1, false]);
  });

  it('keeps the engine severity of a source unless the config names the source', async () => {
    const r = await check(META, { plugins: [demo] });
    expect(brief(r.diagnostics).slice(0, 2)).toEqual([
      '3:1 warning demo/engine Operation must have tags.',
      '4:1 error demo/engine Schema is invalid.',
    ]);
    const cfg = resolveConfig([demo], { config: { rules: { 'spectral:operation-tags': 'off', 'spectral:oas3-schema': 'info' } }, dir: '.' });
    const r2 = await check(META, { plugins: [demo], config: cfg });
    expect(brief(r2.diagnostics).slice(0, 1)).toEqual(['4:1 info demo/engine Schema is invalid.']);
  });

  it('turns a throwing rule into one internal/rule-crash while other findings stay', async () => {
    const r = await check(META, { plugins: [demo], config: { config: { extends: ['strict'] }, dir: '.' } });
    expect(brief(r.diagnostics)).toContain('1:1 error internal/rule-crash Rule "demo/crash" crashed: kaput. Please report this bug; other rules still ran.');
    expect(r.diagnostics.some((d) => d.ruleId === 'demo/status')).toBe(true);
    expect(r.internalError).toBe(true);
  });

  it('stops a rule that runs past its time budget', async () => {
    const r = await check(META, { plugins: [demo], rules: { 'demo/slow': 'error' }, ruleTimeoutMs: 50 });
    expect(brief(r.diagnostics)).toContain(
      '1:1 error internal/rule-timeout Rule "demo/slow" did not finish within 50 ms and was stopped; its findings are missing. Disable it for this file or report the document.',
    );
  });

  it('passes rule options from config, validated by the rule schema', async () => {
    const ok = await check(META, { plugins: [demo], rules: { 'demo/status': ['error', { allowed: ['finished-ish'] }] } });
    expect(ok.diagnostics.filter((d) => d.ruleId === 'demo/status')).toEqual([]);
    await expect(check(META, { plugins: [demo], rules: { 'demo/status': ['error', { alowed: [] }] } })).rejects.toThrow(
      'unknown key "--rule.demo/status[1].alowed" (expected one of: allowed)',
    );
  });

  it('reports input problems instead of parsing them', async () => {
    expect(brief((await check('# a\n\u0000', { plugins: [demo], path: 'x.md' })).diagnostics)).toEqual([
      '2:1 error input/not-text The file contains a NUL byte; a design document must be UTF-8 text.',
    ]);
    const big = await check('x'.repeat(20), { plugins: [demo], maxBytes: 10 });
    expect(brief(big.diagnostics)).toEqual(['1:1 error input/too-large The document is 20 bytes, over the limit of 10 bytes; split it into one design per mission, or raise the limit (--max-file-size).']);
  });
});

describe('inline directives', () => {
  const only = { plugins: [demo], rules: { 'demo/engine': 'off' as const } };

  it('disable-next-line above a table row silences that row and keeps the table', async () => {
    const text = META.replace('| **Status**', '<!-- design-check-disable-next-line demo/status -->\n| **Status**');
    const r = await check(text, only);
    expect(brief(r.diagnostics)).toEqual([]);
  });

  it('reports a directive that suppresses nothing', async () => {
    const text = `<!-- design-check-disable-next-line demo/engine -- not needed -->\n${META}`;
    const r = await check(text, only);
    expect(brief(r.diagnostics)).toEqual([
      '1:1 warning core/unused-disable Unused design-check-disable-next-line directive: no problem from "demo/engine" was reported here; remove it.',
      '8:16 error demo/status Unexpected status "finished-ish", expected one of draft, approved',
    ]);
  });

  it('disable and enable ranges, by rule id, source id or plugin', async () => {
    const text = `<!-- design-check-disable spectral:operation-tags, spectral:oas3-schema -->\n\n<!-- design-check-disable demo/status -->\n${META}\n<!-- design-check-enable -->\n`;
    const r = await check(text, { plugins: [demo] });
    expect(brief(r.diagnostics)).toEqual([]);
    const reenabled = `<!-- design-check-disable demo/status -->\n<!-- design-check-enable demo/status -->\n${META}`;
    expect(brief((await check(reenabled, only)).diagnostics)).toEqual([
      '1:1 warning core/unused-disable Unused design-check-disable directive: no problem from "demo/status" was reported here; remove it.',
      '9:16 error demo/status Unexpected status "finished-ish", expected one of draft, approved',
    ]);
  });

  it('disable-line inside a table cell', async () => {
    const text = META.replace('finished-ish |', 'finished-ish <!-- design-check-disable-line demo/status --> |');
    expect(brief((await check(text, only)).diagnostics)).toEqual([]);
  });
});
