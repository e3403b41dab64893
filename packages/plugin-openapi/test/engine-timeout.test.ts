import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type Plugin } from '@design-check/core';
import { fixture } from './helpers.js';

// The built plugin, as the CLI runs it: its engines run in their own thread, which is stopped at
// the budget (from the TypeScript sources they run in this thread and cannot be stopped).
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe.runIf(existsSync(dist))('the engines\' time budget (settings.openapi.timeoutMs)', () => {
  it('an engine past its budget is stopped and is one finding of its rule; the other rules still report; the next document is checked in full', async () => {
    const { default: openapi } = (await import(dist)) as { default: Plugin };
    const text = fixture('unseen-defects-payouts.md');
    // Loading the engines (the first run of this process) takes far longer than 1 ms.
    const started = Date.now();
    const stopped = await check(text, { path: 'design.md', plugins: [openapi], config: { config: { settings: { openapi: { timeoutMs: 1 } } }, dir: '.' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    const full = await check(text, { path: 'design.md', plugins: [openapi] });
    expect(stopped.diagnostics.filter((d) => d.messageId === 'timeout').map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      'openapi/redocly Redocly did not finish within 1 ms, so its findings for this document are missing; split the fragments or raise settings.openapi.timeoutMs',
      'openapi/spectral Spectral did not finish within 1 ms, so its findings for this document are missing; split the fragments or raise settings.openapi.timeoutMs',
    ]);
    const own = (ds: typeof full.diagnostics) => ds.filter((d) => !['openapi/redocly', 'openapi/spectral'].includes(d.ruleId));
    expect(own(stopped.diagnostics)).toEqual(own(full.diagnostics));
    expect(full.diagnostics.some((d) => /^(spectral|redocly):/.test(d.source ?? ''))).toBe(true);
    const again = await check(text, { path: 'design.md', plugins: [openapi] });
    expect(again.diagnostics).toEqual(full.diagnostics);
  }, 120_000);

  it('a loop inside an engine (a ruleset pattern that backtracks for ever) is stopped at the budget, never a hang', async () => {
    const { default: openapi } = (await import(dist)) as { default: Plugin };
    const root = mkdtempSync(join(tmpdir(), 'dc-redos-'));
    mkdirSync(join(root, 'docs'));
    // `^(a+)+$` against 40 a's and a "!" backtracks about 2^40 times: days, in one synchronous call.
    const ruleset = ['extends: [[spectral:oas, off]]', 'rules:', '  operation-id-letters:', '    given: $.paths[*][*].operationId', '    then: {function: pattern, functionOptions: {match: "^(a+)+$"}}'];
    writeFileSync(join(root, '.spectral.yaml'), ruleset.join('\n'));
    const text = ['# Design', '', '```yaml', 'paths:', '  /a:', '    get:', `      operationId: ${'a'.repeat(40)}!`, '      responses:', "        '200': {description: OK}", '```', ''].join('\n');
    const started = Date.now();
    const result = await check(text, { path: join(root, 'docs/design.md'), projectRoot: root, plugins: [openapi], config: { config: { settings: { openapi: { timeoutMs: 2_000 } } }, dir: root } });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.diagnostics.filter((d) => d.messageId === 'timeout').map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:1 openapi/spectral']);
  }, 120_000);
});
