import { RuleTester } from '@design-check/core';
import { alerts } from '../__fixtures__/docs.js';
import { alertSeverity } from './alert-severity.js';

const one = (severity: string) => alerts([['Export error rate spike', '5xx > 2% for 5m', severity, 'on-call paging', '[RB](https://runbooks.example.com/x)']]);
const sev = one('SEV2');
const typo = one('P5');
const empty = one('');
const expected = 'P1, P2, P3, P4';
const noColumn = alerts([['Export error rate spike', '5xx > 2% for 5m', 'on-call paging', '[RB](https://runbooks.example.com/x)']], ['Alert', 'Condition', 'Routing', 'Runbook']);

new RuleTester({ plugin: 'slo' }).run(alertSeverity, {
  valid: [one('P1').code, one('**P2** (page)').code, one('🔴 p1').code, one('P3 / ticket').code, { name: 'custom severities', code: one('SEV2').code, options: { severities: ['SEV1', 'SEV2', 'SEV3'] } }, { name: 'placeholder', code: one('_(P2)_').code }],
  invalid: [
    { code: sev.code, errors: [{ messageId: 'unknown', data: { severity: 'SEV2', alert: 'Export error rate spike', expected }, ...sev.at('SEV2') }] },
    { code: typo.code, errors: [{ messageId: 'unknownDidYouMean', data: { severity: 'P5', alert: 'Export error rate spike', expected, suggestion: 'P1' }, ...typo.at('P5') }] },
    { name: 'no Severity column', code: noColumn.code, errors: [{ messageId: 'noColumn', data: { expected }, ...noColumn.at('Runbook') }] },
    { code: empty.code, errors: [{ messageId: 'missing', data: { alert: 'Export error rate spike', expected }, line: 7, column: empty.at('5m |').column + 5 }] },
  ],
});
