import { RuleTester } from '@design-check/core';
import { revisionHistory } from './revision-history.js';

const history = (...rows: string[]) =>
  ['## 14. Revision History', '', '| Rev | Date | Author | Summary |', '|---|---|---|---|', ...rows].join('\n');
const r = (rev: string, date: string) => `| ${rev} | ${date} | Priya Raman | Changes |`;

const dated = (...rows: string[]) => ['## Revision History', '', '| Date | Author | Change |', '|---|---|---|', ...rows].join('\n');

new RuleTester({ plugin: 'structure' }).run(revisionHistory, {
  valid: [
    history(r('1', '2026-03-02'), r('2', '2026-03-06'), r('3', '2026-03-06')),
    { name: 'dotted and prefixed revisions', code: history(r('v1.0', '2026-03-02'), r('1.1', '2026-03-06'), r('Rev 2', '2026-03-11')) },
    { name: 'r, # and a note after the revision', code: history(r('r1', '2026-03-02'), r('#2', '2026-03-06'), r('v3.0 (approved)', '2026-03-11')) },
    { name: 'newest first, detected', code: history(r('3', '2026-03-11'), r('2', '2026-03-06'), r('1', '2026-03-02')) },
    { name: 'no revision column, newest first by date, detected', code: dated('| 2026-03-11 | Priya Raman | Approved |', '| 2026-03-02 | Priya Raman | Initial draft |') },
    { name: 'newest first', code: history(r('2', '2026-03-06'), r('1', '2026-03-02')), options: { order: 'newest-first' } },
    { name: 'the template row is left to no-placeholders', code: history('| 1 | YYYY-MM-DD | [agent/human] | Initial draft |') },
    { name: 'no Revision History section', code: '## Open Questions\n\n| Rev | Date |\n|---|---|\n| 2 | 2026-03-06 |\n| 1 | 2026-03-02 |\n' },
  ],
  invalid: [
    {
      name: 'revision going down',
      code: history(r('1', '2026-03-02'), r('3', '2026-03-06'), r('2', '2026-03-11')),
      errors: [{ messageId: 'revisionOrder', data: { rev: '2', previous: '3', order: 'oldest-first' }, line: 7, column: 3 }],
    },
    {
      name: 'a repeated revision',
      code: history(r('1', '2026-03-02'), r('1', '2026-03-06')),
      errors: [{ messageId: 'revisionOrder', data: { rev: '1', previous: '1', order: 'oldest-first' }, line: 6, column: 3 }],
    },
    {
      name: 'not a revision number',
      code: history(r('first', '2026-03-02')),
      errors: [{ messageId: 'badRevision', data: { rev: 'first' }, line: 5, column: 3 }],
    },
    {
      name: 'bad dates',
      code: history(r('1', '2026-02-30'), r('2', '6 March 2026')),
      errors: [
        { messageId: 'badDate', data: { value: '2026-02-30', rev: '1' }, line: 5, column: 7 },
        { messageId: 'writtenDate', data: { value: '6 March 2026', rev: '2', iso: '2026-03-06' }, line: 6, column: 7 },
      ],
    },
    {
      name: 'dates written with the month name: how to write them, and their order still checked',
      code: history(r('1', '1 October 2026'), r('2', 'Oct 15, 2026'), r('3', '3rd Oct 2026')),
      errors: [
        { messageId: 'writtenDate', data: { value: '1 October 2026', rev: '1', iso: '2026-10-01' }, line: 5, column: 7 },
        { messageId: 'writtenDate', data: { value: 'Oct 15, 2026', rev: '2', iso: '2026-10-15' }, line: 6, column: 7 },
        { messageId: 'writtenDate', data: { value: '3rd Oct 2026', rev: '3', iso: '2026-10-03' }, line: 7, column: 7 },
        { messageId: 'dateOrder', data: { date: '2026-10-03', rev: '3', previousDate: '2026-10-15', previous: '2', order: 'oldest-first' }, line: 7, column: 7 },
      ],
    },
    {
      name: 'a named month that has no such day',
      code: history(r('1', '31 September 2026')),
      errors: [{ messageId: 'badDate', data: { value: '31 September 2026', rev: '1' }, line: 5, column: 7 }],
    },
    {
      name: 'date going back',
      code: history(r('1', '2026-03-02'), r('2', '2026-03-11'), r('3', '2026-03-06')),
      errors: [{ messageId: 'dateOrder', data: { date: '2026-03-06', rev: '3', previousDate: '2026-03-11', previous: '2', order: 'oldest-first' }, line: 7, column: 7 }],
    },
    {
      name: 'no revision column: dates only, rows named by number',
      code: dated('| 2026-03-02 | Priya Raman | Initial draft |', '| 2026-03-11 | Priya Raman | Review |', '| 2026-03-06 | Priya Raman | Approved |', '| 6 March | Priya Raman | Typo |'),
      errors: [
        { messageId: 'dateOrderInRow', data: { date: '2026-03-06', row: '3', previousDate: '2026-03-11', previous: '2', order: 'oldest-first' }, line: 7, column: 3 },
        { messageId: 'badDateInRow', data: { value: '6 March', row: '4' }, line: 8, column: 3 },
      ],
    },
    {
      name: 'oldest first written as newest first',
      code: history(r('1', '2026-03-02'), r('2', '2026-03-06')),
      options: { order: 'newest-first' },
      errors: [
        { messageId: 'revisionOrder', data: { rev: '1', previous: '2', order: 'newest-first' }, line: 5, column: 3 },
        { messageId: 'dateOrder', data: { date: '2026-03-02', rev: '1', previousDate: '2026-03-06', previous: '2', order: 'newest-first' }, line: 5, column: 7 },
      ],
    },
  ],
});
