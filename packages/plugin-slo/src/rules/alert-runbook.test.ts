import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleTester } from '@design-check/core';
import { afterAll } from 'vitest';
import { alerts, ALERT_HEADER } from '../__fixtures__/docs.js';
import { alertRunbook } from './alert-runbook.js';

const root = mkdtempSync(join(tmpdir(), 'slo-runbook-'));
mkdirSync(join(root, 'docs', 'runbooks'), { recursive: true });
writeFileSync(join(root, 'docs', 'runbooks', 'export.md'), '# Export runbook\n');
const path = join(root, 'docs', 'design.md');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const one = (runbook: string) => alerts([['Export error rate spike', '5xx > 2% for 5m', 'P2', 'on-call paging', runbook]]);
const empty = one('');
const words = one('ask the team');
const missing = one('[RB-EXP-01](./runbooks/missing.md)');
const outside = one('[RB-EXP-01](../../../etc/runbook.md)');
const fileUrl = one('[RB-EXP-01](file:///srv/runbooks/export.md)');
const home = one('[RB-EXP-01](~/runbooks/export.md)');
const noColumn = alerts([['Export error rate spike', '5xx > 2% for 5m', 'P2', 'on-call paging']], ALERT_HEADER.slice(0, 4));

new RuleTester({ plugin: 'slo', projectRoot: root }).run(alertRunbook, {
  valid: [
    one('[RB-EXP-01](https://runbooks.example.com/export#errors)').code,
    { name: 'a bare URL', code: one('https://runbooks.example.com/export').code },
    { name: 'a local file', code: one('[Runbook](./runbooks/export.md#errors)').code, path },
    { name: 'a local path in code', code: one('`runbooks/export.md`').code, path },
    { name: 'an autolink', code: one('<https://runbooks.example.com/export>').code },
    { name: 'a placeholder', code: one('_(link to runbook)_').code },
  ],
  invalid: [
    { name: 'an empty runbook', code: empty.code, errors: [{ messageId: 'missing', data: { alert: 'Export error rate spike' }, line: 7, column: empty.at('on-call paging').column + 17 }] },
    { code: words.code, errors: [{ messageId: 'notLink', data: { runbook: 'ask the team', alert: 'Export error rate spike' }, ...words.at('ask the team') }] },
    { code: missing.code, path, errors: [{ messageId: 'notFound', data: { url: './runbooks/missing.md', alert: 'Export error rate spike' }, ...missing.at('[RB-EXP-01]') }] },
    { code: outside.code, path, errors: [{ messageId: 'outside', data: { url: '../../../etc/runbook.md', alert: 'Export error rate spike' }, ...outside.at('[RB-EXP-01]') }] },
    { name: 'a file: URL names a file of the reader\'s machine', code: fileUrl.code, path, errors: [{ messageId: 'outside', data: { url: 'file:///srv/runbooks/export.md', alert: 'Export error rate spike' }, ...fileUrl.at('[RB-EXP-01]') }] },
    { name: 'a home path is outside the project', code: home.code, path, errors: [{ messageId: 'outside', data: { url: '~/runbooks/export.md', alert: 'Export error rate spike' }, ...home.at('[RB-EXP-01]') }] },
    { name: 'no Runbook column', code: noColumn.code, errors: [{ messageId: 'noColumn', ...noColumn.at('Routing') }] },
  ],
});
