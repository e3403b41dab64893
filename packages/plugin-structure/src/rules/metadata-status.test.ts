import { RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { metadataStatus } from './metadata-status.js';

const withStatus = (value: string) => metadataDoc(['| **Mission ID** | MISSION-2026-031 |', `| **Status** | ${value} |`]);
const expected = 'draft, in-review, approved, superseded';

new RuleTester({ plugin: 'structure' }).run(metadataStatus, {
  valid: [
    withStatus('draft'),
    withStatus('in-review'),
    { name: 'case and spacing are free', code: withStatus('In Review') },
    { name: 'bold', code: withStatus('**Approved**') },
    { name: 'trailing words', code: withStatus('approved (architecture review, 2026-03-16)') },
    { name: 'superseded with a link', code: withStatus('superseded by [Refunds v2](../refunds-v2/TECHNICAL-DESIGN.md)') },
    { name: 'an emoji before the status', code: withStatus('✅ Approved') },
    { name: 'a full stop after the status', code: withStatus('Approved.') },
    { name: 'a line break in the cell', code: withStatus('approved<br>2026-03-16') },
    { name: 'an earlier status struck through', code: withStatus('~~In Review~~ Approved') },
    { name: 'custom statuses', code: withStatus('rejected'), options: { statuses: ['draft', 'rejected'] } },
    { name: 'empty: left to structure/metadata', code: withStatus('') },
    { name: 'placeholder: left to structure/no-placeholders', code: withStatus('_(draft / in-review)_') },
  ],
  invalid: [
    {
      code: withStatus('finished-ish'),
      errors: [{ messageId: 'unknown', data: { status: 'finished-ish', expected }, line: 6, column: 16, endLine: 6, endColumn: 28 }],
    },
    {
      name: 'a status word with a suffix is not that status',
      code: withStatus('approved-ish'),
      errors: [{ messageId: 'unknown', data: { status: 'approved-ish', expected }, line: 6, column: 16 }],
    },
    {
      name: 'the template row, split by its pipes',
      code: withStatus('draft | in-review | approved | superseded'),
      errors: [{ messageId: 'several', data: { status: 'draft | in-review | approved | superseded', expected }, line: 6, column: 16, endLine: 6, endColumn: 57 }],
    },
    {
      name: 'two statuses in one cell',
      code: withStatus('Draft / In Review'),
      errors: [{ messageId: 'several', data: { status: 'Draft / In Review', expected }, line: 6, column: 16 }],
    },
    {
      name: 'custom statuses',
      code: withStatus('in-review'),
      options: { statuses: ['Draft', 'Final'] },
      errors: [{ messageId: 'unknown', data: { status: 'in-review', expected: 'draft, final' }, line: 6, column: 16 }],
    },
  ],
});
