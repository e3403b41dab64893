import { RuleTester } from '@design-check/core';
import { openQuestionOverdue } from './open-question-overdue.js';

const questions = (...rows: string[]) =>
  ['## 12. Open Questions', '', '| # | Question | Owner | Target Date | Resolution |', '|---|---|---|---|---|', ...rows].join('\n');
const today = '2026-03-09';

new RuleTester({ plugin: 'structure' }).run(openQuestionOverdue, {
  valid: [
    { name: 'resolved after its date', code: questions('| 1 | Disputed payments? | Priya Raman | 2026-03-06 | No; 409 until closed |'), options: { today } },
    { name: 'due later', code: questions('| 1 | Inquiry support? | Acquirer lead | 2026-03-10 | |'), options: { today } },
    { name: 'due today', code: questions('| 1 | Inquiry support? | Acquirer lead | 2026-03-09 | |'), options: { today } },
    { name: 'invalid dates are open-questions\' business', code: questions('| 1 | Storage? | Priya | 2026-02-30 | |'), options: { today } },
    { name: 'far future with the real date', code: questions('| 1 | Storage? | Priya | 9999-12-31 | |') },
  ],
  invalid: [
    {
      name: 'overdue and unresolved',
      code: questions('| 1 | Disputed payments? | Priya Raman | 2026-03-06 | |', '| 2 | Inquiry support? | Acquirer lead | 2026-03-01 | _(filled when resolved)_ |'),
      options: { today },
      errors: [
        { messageId: 'overdue', data: { id: '1', date: '2026-03-06', today }, line: 5, column: 42, endLine: 5, endColumn: 52 },
        { messageId: 'overdue', data: { id: '2', date: '2026-03-01', today }, line: 6, column: 42 },
      ],
    },
    {
      name: 'the date column named Due',
      code: questions('| 1 | Disputed payments? | Priya Raman | 2026-03-06 | |').replace('| Target Date |', '| Due |'),
      options: { today },
      errors: [{ messageId: 'overdue', data: { id: '1', date: '2026-03-06', today }, line: 5, column: 42 }],
    },
    {
      name: 'long overdue with the real date',
      code: questions('| 1 | Storage? | Priya | 2001-01-01 | pending |'),
      errors: [{ messageId: 'overdue', line: 5, column: 26 }],
    },
  ],
});
