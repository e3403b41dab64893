import { RuleTester } from '@design-check/core';
import { openQuestions } from './open-questions.js';

const HEAD = '| # | Question | Impact if Unresolved | Owner | Target Date | Resolution |';
const questions = (...rows: string[]) => ['## 12. Open Questions', '', HEAD, '|---|---|---|---|---|---|', ...rows].join('\n');

new RuleTester({ plugin: 'structure' }).run(openQuestions, {
  valid: [
    questions('| 1 | Refunds on disputed payments? | Blocks validation | Priya Raman | 2026-03-06 | No; 409 |', '| 2 | Inquiry support? | Blocks retries | Acquirer lead | 2026-03-10 | |'),
    {
      name: 'extra columns, different order, bold headers',
      code: [
        '### Open Questions',
        '',
        '| # | Question | **Target Date** | **Owner** | Resolution | Raised by |',
        '|---|---|---|---|---|---|',
        '| 1 | Replication slot on the primary? | 2026-11-13 | Marta Kowalczyk | Primary | Jonas Berg |',
      ].join('\n'),
    },
    {
      name: 'the columns named DRI and Due date',
      code: ['## Open Questions', '', '| # | Question | DRI | Due date | Answer |', '|---|---|---|---|---|', '| 1 | Replication slot on the primary? | Marta Kowalczyk | 2026-11-13 | |'].join('\n'),
    },
    { name: 'placeholders are left to no-placeholders', code: questions('| 1 | _(e.g., "Which backend?")_ | _(blocks stream X)_ | _(Tech Lead)_ | YYYY-MM-DD | _(filled when resolved)_ |') },
    { name: 'no table: nothing to check', code: '## Open Questions\n\nNone; all questions were resolved before review.\n' },
    { name: 'empty spacer row', code: questions('| | | | | | |') },
    { name: 'a row that says there are none', code: questions('| — | None at this time. | — | — | — | — |') },
    { name: 'a row that says so in italics', code: questions('| | _No open questions._ | | | | |') },
  ],
  invalid: [
    {
      name: 'a question that starts with "None" is a question',
      code: questions('| 1 | None of the acquirers support inquiries; what then? | Blocks retries | | 2026-03-10 | |'),
      errors: [{ messageId: 'missingOwner', data: { id: '1' }, line: 5, column: 77 }],
    },
    {
      name: 'missing owner',
      code: questions('| 1 | Refunds on disputed payments? | Blocks validation |  | 2026-03-06 | |'),
      errors: [{ messageId: 'missingOwner', data: { id: '1' }, line: 5, column: 59 }],
    },
    {
      name: 'missing date',
      code: questions('| Q2 | Inquiry support? | Blocks retries | Acquirer lead | — | |'),
      errors: [{ messageId: 'missingDate', data: { id: 'Q2' }, line: 5, column: 60 }],
    },
    {
      name: 'dates that are not YYYY-MM-DD or not real',
      code: questions('| 1 | Storage? | Blocks export | Priya | next sprint | |', '| 2 | Role? | Blocks UI | Tomás | 2026-02-30 | |'),
      errors: [
        { messageId: 'badDate', data: { id: '1', value: 'next sprint' }, line: 5, column: 42 },
        { messageId: 'badDate', data: { id: '2', value: '2026-02-30' }, line: 6, column: 35 },
      ],
    },
    {
      name: 'row number when there is no # column',
      code: ['## Open Questions', '', '| Question | Owner | Target Date |', '|---|---|---|', '| Storage? | Priya | 2026-03-06 |', '| Role? | | 2026-03-12 |'].join('\n'),
      errors: [{ messageId: 'missingOwner', data: { id: '2' }, line: 6, column: 10 }],
    },
    {
      name: 'missing columns',
      code: ['## Open Questions', '', '| # | Question | Resolution |', '|---|---|---|', '| 1 | Storage? | |'].join('\n'),
      errors: [
        { messageId: 'missingColumn', data: { column: 'Owner' }, line: 3, column: 1 },
        { messageId: 'missingColumn', data: { column: 'Target Date' }, line: 3, column: 1 },
      ],
    },
  ],
});
