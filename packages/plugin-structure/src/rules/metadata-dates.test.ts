import { RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { metadataDates } from './metadata-dates.js';

const doc = (status: string, created: string, approved?: string, ...more: string[]) =>
  metadataDoc([
    `| **Status** | ${status} |`,
    `| **Created** | ${created} |`,
    ...(approved === undefined ? [] : [`| **Approved** | ${approved} |`]),
    ...more,
  ]);

new RuleTester({ plugin: 'structure' }).run(metadataDates, {
  valid: [
    { name: 'draft without an Approved date', code: doc('draft', '2026-03-02') },
    { name: 'draft with an empty Approved date', code: doc('draft', '2026-03-02', '—') },
    { name: 'approved the day it was created', code: doc('approved', '2026-03-02', '2026-03-02') },
    { name: 'leap day', code: doc('in-review', '2024-02-29') },
    { name: 'date followed by a note', code: doc('approved', '2026-03-02', '2026-03-16 (architecture review)') },
    { name: 'date, line break, note', code: doc('approved', '2026-03-02<br>kick-off', '2026-03-16<br/>architecture review') },
    { name: 'placeholders are left to no-placeholders', code: doc('draft', 'YYYY-MM-DD', '_(on approval)_') },
    { name: '"Approved by" names a person, not a date', code: doc('in-review', '2026-03-02', undefined, '| **Approved by** | Architecture Governor |') },
    { name: 'updated after it was created, and on the day', code: doc('in-review', '2026-03-02', undefined, '| **Last Updated** | 2026-03-09 |', '| **Reviewed** | 2026-03-02 |') },
    { name: 'other fields are not dates', code: doc('draft', '2026-03-02', undefined, '| **Mission ID** | MISSION-2026-031 |') },
  ],
  invalid: [
    {
      name: 'no such day',
      code: doc('draft', '2026-02-30'),
      errors: [{ messageId: 'calendar', data: { field: 'Created', value: '2026-02-30' }, line: 6, column: 17, endLine: 6, endColumn: 27 }],
    },
    {
      name: 'month 13',
      code: doc('draft', '2026-13-01'),
      errors: [{ messageId: 'calendar', data: { field: 'Created', value: '2026-13-01' }, line: 6, column: 17 }],
    },
    {
      name: 'written out',
      code: doc('draft', 'March 2, 2026'),
      errors: [{ messageId: 'format', data: { field: 'Created', value: 'March 2, 2026' }, line: 6, column: 17 }],
    },
    {
      name: 'missing zero padding: fixed',
      code: doc('draft', '2026-3-2'),
      errors: [{ messageId: 'format', data: { field: 'Created', value: '2026-3-2' }, line: 6, column: 17, endLine: 6, endColumn: 25 }],
      output: doc('draft', '2026-03-02'),
    },
    {
      name: 'year first with slashes, in bold, with a note: the date alone is fixed',
      code: doc('draft', '**2026/3/15** (kick-off)'),
      errors: [{ messageId: 'format', data: { field: 'Created', value: '2026/3/15 (kick-off)' }, line: 6, column: 19, endLine: 6, endColumn: 28 }],
      output: doc('draft', '**2026-03-15** (kick-off)'),
    },
    {
      name: 'a fixed date is then compared with Created',
      code: doc('approved', '2026-03-10', '2026-3-2'),
      errors: [{ messageId: 'format', data: { field: 'Approved', value: '2026-3-2' }, line: 7, column: 18 }],
      output: doc('approved', '2026-03-10', '2026-03-02'),
    },
    {
      name: 'no fix for a date that is not a real day once padded, nor for a day-first date',
      code: doc('draft', '2026-2-30', undefined, '| **Last updated** | 5/3/2026 |'),
      errors: [
        { messageId: 'format', data: { field: 'Created', value: '2026-2-30' }, line: 6, column: 17 },
        { messageId: 'format', data: { field: 'Last updated', value: '5/3/2026' }, line: 7, column: 22 },
      ],
      output: doc('draft', '2026-2-30', undefined, '| **Last updated** | 5/3/2026 |'),
    },
    {
      name: 'any date field is checked',
      code: doc('draft', '2026-03-02', undefined, '| **Last updated** | 02/03/2026 |', '| **Review date** | 2026-04-31 |'),
      errors: [
        { messageId: 'format', data: { field: 'Last updated', value: '02/03/2026' }, line: 7, column: 22 },
        { messageId: 'calendar', data: { field: 'Review date', value: '2026-04-31' }, line: 8, column: 21 },
      ],
    },
    {
      name: 'approved without an Approved row: reported on Status',
      code: doc('approved', '2026-03-02'),
      errors: [{ messageId: 'missingApproved', line: 5, column: 16 }],
    },
    {
      name: 'approved with an empty Approved value',
      code: doc('**Approved**', '2026-03-02', '—'),
      errors: [{ messageId: 'missingApproved', line: 7, column: 18 }],
    },
    {
      name: 'approved before created',
      code: doc('approved', '2026-03-10', '2026-03-02'),
      errors: [{ messageId: 'approvedBeforeCreated', data: { approved: '2026-03-02', created: '2026-03-10' }, line: 7, column: 18 }],
    },
    {
      name: 'last updated before created, on its row, with Created as related location',
      code: doc('in-review', '2026-03-10', undefined, '| **Last Updated** | 2026-02-27 |'),
      errors: [
        {
          messageId: 'updatedBeforeCreated',
          data: { field: 'Last Updated', updated: '2026-02-27', created: '2026-03-10' },
          line: 7,
          column: 22,
          related: [{ messageId: 'created', line: 6, column: 17 }],
        },
      ],
    },
  ],
});
