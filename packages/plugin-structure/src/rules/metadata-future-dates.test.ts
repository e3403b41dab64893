import { RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { metadataFutureDates } from './metadata-future-dates.js';

const today = '2026-03-20';
const doc = (...rows: string[]) => metadataDoc(['| **Mission ID** | MISSION-2026-031 |', '| **Status** | in-review |', ...rows]);

new RuleTester({ plugin: 'structure' }).run(metadataFutureDates, {
  valid: [
    { name: 'dates up to today', code: doc('| **Created** | 2026-03-02 |', '| **Last Updated** | 2026-03-20 |'), options: { today } },
    { name: 'a planned date may lie ahead', code: doc('| **Created** | 2026-03-02 |', '| **Target date** | 2026-06-30 |', '| **Launch date** | 2026-07-01 |'), options: { today } },
    { name: 'placeholders and invalid dates are other rules\' findings', code: doc('| **Created** | YYYY-MM-DD |', '| **Approved** | 2027-02-30 |'), options: { today } },
  ],
  invalid: [
    {
      name: 'a year typo in Created and a Last Updated ahead of today',
      code: doc('| **Created** | 2062-03-02 |', '| **Last Updated** | 2026-03-21 (review notes) |'),
      options: { today },
      errors: [
        { messageId: 'future', data: { field: 'Created', date: '2062-03-02', today }, line: 7, column: 17, endColumn: 27 },
        { messageId: 'future', data: { field: 'Last Updated', date: '2026-03-21', today }, line: 8, column: 22 },
      ],
    },
  ],
});
