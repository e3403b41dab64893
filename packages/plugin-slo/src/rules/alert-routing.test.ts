import { RuleTester } from '@design-check/core';
import { alerts } from '../__fixtures__/docs.js';
import { alertRouting } from './alert-routing.js';

const one = (routing: string) => alerts([['Export error rate spike', '5xx > 2% for 5m', 'P2', routing, '[RB](https://runbooks.example.com/x)']]);
const empty = one('');
const noColumn = alerts([['Export error rate spike', '5xx > 2% for 5m', 'P2', '[RB](https://runbooks.example.com/x)']], ['Alert', 'Condition', 'Severity', 'Runbook']);

new RuleTester({ plugin: 'slo' }).run(alertRouting, {
  valid: [
    one('on-call paging').code,
    one('#team-export (Slack)').code,
    { name: 'routing in the severity', code: alerts([['Export error rate spike', '5xx > 2% for 5m', 'P2 → page on-call', '[RB](https://runbooks.example.com/x)']], ['Alert', 'Condition', 'Severity', 'Runbook']).code },
    { name: 'placeholder', code: one('_(on-call paging)_').code },
  ],
  invalid: [
    { code: empty.code, errors: [{ messageId: 'missing', data: { alert: 'Export error rate spike' }, line: 7, column: empty.at('P2 |').column + 5 }] },
    { name: 'no Routing column', code: noColumn.code, errors: [{ messageId: 'noColumn', ...noColumn.at('Runbook') }] },
  ],
});
