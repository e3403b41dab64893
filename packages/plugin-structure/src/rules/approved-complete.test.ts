import { RuleTester } from '@design-check/core';
import { approvedComplete } from './approved-complete.js';

const doc = (status: string, opts: { security?: string; review?: string; questions?: string[]; observability?: string } = {}) =>
  [
    '## 1. Metadata', // 1
    '',
    '| Field | Value |',
    '|---|---|',
    `| **Status** | ${status} |`, // 5
    '',
    '## 7. Security Threat Model',
    '',
    '### 7.3 Security Controls',
    '',
    '- [x] Authentication: OAuth2 client credentials', // 11
    `- ${opts.security ?? '[x]'} Rate limiting: 20 create requests/s per merchant`, // 12
    '',
    '## 9. Observability Design',
    '',
    `- ${opts.observability ?? '[x]'} Alert definitions designed as code (GitOps)`, // 16
    '',
    '## 12. Open Questions',
    '',
    '| # | Question | Owner | Target Date | Resolution |', // 20
    '|---|---|---|---|---|',
    ...(opts.questions ?? ['| 1 | Refunds on disputed payments? | Priya Raman | 2026-03-06 | No; 409 until closed |']), // 22..
    '',
    '## 13. Design Review Checklist',
    '',
    '- [x] API contracts defined for all new/modified endpoints',
    `- ${opts.review ?? '[x]'} **Observability design completed:** instrumentation plan, metrics, SLOs`,
  ].join('\n');

const reviewLine = (questions = 1) => 26 + questions;

new RuleTester({ plugin: 'structure' }).run(approvedComplete, {
  valid: [
    { name: 'approved and complete', code: doc('approved') },
    {
      name: 'approved with open questions that each have an owner and a target date still ahead (the template checklist)',
      code: doc('approved', { questions: ['| 1 | Chargeback refunds? | Priya Raman | 2026-04-15 | |', '| 2 | Acquirer inquiry? | **Acquirer lead** 🔧 | 2026-03-20 (review) | |'] }),
      options: { today: '2026-03-20' },
    },
    { name: 'a draft may have open items', code: doc('draft', { security: '[ ]', review: '[ ]', questions: ['| 1 | Storage? | Priya | 2026-03-06 |  |'] }) },
    { name: 'other checklists are not required by default', code: doc('approved', { observability: '[ ]' }) },
    { name: 'the Resolution column named Decision', code: doc('approved').replace('| Target Date | Resolution |', '| Target Date | Decision |') },
    { name: 'an item struck through as not applicable', code: doc('approved', { review: '[ ] ~~**Observability design completed:** instrumentation plan~~ (N/A: no new components)' }) },
    { name: 'an empty Open Questions table row', code: doc('approved', { questions: ['| — | | | | |'] }) },
    { name: 'an Open Questions row that says there are none', code: doc('approved', { questions: ['| — | None. | — | — | — |'] }) },
  ],
  invalid: [
    {
      name: 'every section a `#` heading',
      code: doc('approved', { review: '[ ]' }).replace(/^## /gm, '# ').replace(/^### /gm, '## '),
      errors: [{ messageId: 'unticked', data: { item: 'Observability design completed: instrumentation plan, metri…', section: 'Design Review Checklist' }, line: reviewLine(), column: 1 }],
    },
    {
      name: 'a word struck through in an item that still reads',
      code: doc('approved', { review: '[ ] **Observability design completed:** ~~dashboards~~ instrumentation plan' }),
      errors: [{ messageId: 'unticked', data: { item: 'Observability design completed: dashboards instrumentation …', section: 'Design Review Checklist' }, line: reviewLine(), column: 1 }],
    },
    {
      name: 'the earlier status struck through: approved',
      code: doc('~~In Review~~ Approved', { security: '[ ]' }),
      errors: [{ messageId: 'unticked', data: { item: 'Rate limiting: 20 create requests/s per merchant', section: 'Security Controls' }, line: 12, column: 1 }],
    },
    {
      name: 'unticked review and security items',
      code: doc('**Approved**', { security: '[ ]', review: '[ ]' }),
      errors: [
        { messageId: 'unticked', data: { item: 'Rate limiting: 20 create requests/s per merchant', section: 'Security Controls' }, line: 12, column: 1 },
        { messageId: 'unticked', data: { item: 'Observability design completed: instrumentation plan, metri…', section: 'Design Review Checklist' }, line: reviewLine(), column: 1 },
      ],
    },
    {
      name: 'unresolved questions: empty, placeholder, "TBD" and "open"',
      code: doc('approved', {
        questions: [
          '| 1 | Storage backend? | Priya Raman | 2026-03-06 | |',
          '| 2 | Status inquiry? | Acquirer lead | 2026-03-10 | _(filled when resolved)_ |',
          '| 3 | Finance role only? | Tomás Álvarez | 2026-03-12 | Open |',
        ],
      }),
      errors: [
        { messageId: 'unresolved', data: { id: '1' }, line: 22, column: 52 },
        { messageId: 'unresolved', data: { id: '2' }, line: 23, column: 54 },
        { messageId: 'unresolved', data: { id: '3' }, line: 24, column: 57 },
      ],
    },
    {
      name: 'strict: every open question resolved, owned or not',
      code: doc('approved', { questions: ['| 1 | Chargeback refunds? | Priya Raman | 2026-04-15 | |', '| 2 | Acquirer inquiry? | **Acquirer lead** 🔧 | 2026-03-20 (review) | |'] }),
      options: { today: '2026-03-20', openQuestions: 'resolved' },
      errors: [
        { messageId: 'unresolved', data: { id: '1' }, line: 22, column: 55 },
        { messageId: 'unresolved', data: { id: '2' }, line: 23, column: 71 },
      ],
    },
    {
      name: 'an open question without an owner, without a date, or past its date',
      code: doc('approved', {
        questions: ['| 1 | Chargeback refunds? |  | 2026-04-15 | |', '| 2 | Acquirer inquiry? | Priya Raman | TBD | |', '| 3 | Finance role only? | Tomás Álvarez | 2026-03-19 | |'],
      }),
      options: { today: '2026-03-20' },
      errors: [
        { messageId: 'unresolved', data: { id: '1' }, line: 22, column: 44 },
        { messageId: 'unresolved', data: { id: '2' }, line: 23, column: 46 },
        { messageId: 'unresolved', data: { id: '3' }, line: 24, column: 56 },
      ],
    },
    {
      name: 'custom checklists',
      code: doc('approved', { observability: '[ ]' }),
      options: { checklists: ['Observability Design'] },
      errors: [{ messageId: 'unticked', data: { item: 'Alert definitions designed as code (GitOps)', section: 'Observability Design' }, line: 16, column: 1 }],
    },
    {
      name: 'no Resolution column',
      code: doc('approved').replace('| Resolution |', '| Notes |'),
      errors: [{ messageId: 'noResolutionColumn', line: 20, column: 1 }],
    },
  ],
});
