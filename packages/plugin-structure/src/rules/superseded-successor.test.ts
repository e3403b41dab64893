import { RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { supersededSuccessor } from './superseded-successor.js';

const V2 = '../refunds-v2/TECHNICAL-DESIGN.md';

new RuleTester({ plugin: 'structure' }).run(supersededSuccessor, {
  valid: [
    { name: 'not superseded', code: metadataDoc(['| **Status** | approved |']) },
    { name: 'a Superseded by row with a link', code: metadataDoc(['| **Status** | superseded |', `| **Superseded by** | [Refunds v2](${V2}) |`]) },
    { name: 'a link in the Status cell', code: metadataDoc([`| **Status** | Superseded by [Refunds v2](${V2}) |`]) },
    { name: 'a Successor row', code: metadataDoc(['| **Status** | superseded |', `| Successor design | <${'https://git.example.com/payments/refunds-v2'}> |`]) },
    {
      name: 'a reference link in the Superseded by row',
      code: metadataDoc(['| **Status** | Superseded |', '| **Superseded by** | [Refunds v2][v2] |'], `[v2]: ${V2}`),
    },
    {
      name: 'a collapsed reference link in a note',
      code: metadataDoc(['| **Status** | superseded |'], `Superseded by [Refunds v2][].\n\n[Refunds v2]: ${V2}`),
    },
    {
      name: 'a note in the document',
      code: metadataDoc(['| **Status** | superseded |'], `> **Note:** this design was superseded by [Refunds v2](${V2}) on 2026-09-01.`),
    },
  ],
  invalid: [
    {
      name: 'no successor anywhere',
      code: metadataDoc(['| **Status** | superseded |', '| **Mission brief** | [BRIEF.md](./BRIEF.md) |']),
      errors: [{ messageId: 'missing', line: 5, column: 16 }],
    },
    {
      name: 'a successor named but not linked',
      code: metadataDoc(['| **Status** | superseded |', '| **Superseded by** | Refunds v2 design |']),
      errors: [{ messageId: 'notLinked', data: { field: 'Superseded by', value: 'Refunds v2 design' }, line: 6, column: 23 }],
    },
    {
      name: 'an empty Superseded by row',
      code: metadataDoc(['| **Status** | **Superseded** |', '| **Superseded by** | — |']),
      errors: [{ messageId: 'missing', line: 5, column: 16 }],
    },
    {
      name: 'a reference without a definition is plain text',
      code: metadataDoc(['| **Status** | superseded |', '| **Superseded by** | [Refunds v2][v2] |']),
      errors: [{ messageId: 'notLinked', data: { field: 'Superseded by', value: '[Refunds v2][v2]' }, line: 6, column: 23 }],
    },
    {
      name: 'a link in code does not count',
      code: metadataDoc(['| **Status** | superseded |'], '```text\nsuperseded by [v2](../v2.md)\n```'),
      errors: [{ messageId: 'missing', line: 5, column: 16 }],
    },
  ],
});
