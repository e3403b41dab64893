import { RuleTester } from '@design-check/core';
import { tableCellCount } from './table-cell-count.js';

const table = (...rows: string[]) =>
  ['### 8.1 Load Test Plan', '', '| Scenario | Concurrent users | Duration |', '|---|---|---|', ...rows].join('\n');

const headers = 'Scenario | Concurrent users | Duration';

new RuleTester({ plugin: 'structure' }).run(tableCellCount, {
  valid: [
    table('| Steady state | 400 | 30 min |', '| Burst | 2,000 | 5 min |'),
    { name: 'escaped pipes stay in their cell', code: table('| Burst `a \\| b` | 2,000 | 5 \\| 10 min |') },
    { name: 'empty cells count', code: table('| Steady state |  |  |') },
  ],
  invalid: [
    {
      name: 'an extra cell, reported from the first extra cell',
      code: table('| Steady state | 400 | 30 min |', '| Burst | 2,000 | 5 min | p99 < 600ms |'),
      errors: [{ messageId: 'tooMany', data: { actual: 4, expected: 3 }, line: 6, column: 27, endLine: 6, endColumn: 38 }],
    },
    {
      name: 'an unescaped pipe in the Status row',
      code: ['## Metadata', '', '| Field | Value |', '|---|---|', '| **Status** | draft | in-review | approved |'].join('\n'),
      errors: [{ messageId: 'tooMany', data: { actual: 4, expected: 2 }, line: 5, column: 24 }],
    },
    {
      name: 'a missing cell, reported on the row',
      code: table('| Steady state | 400 |', '| Burst | 2,000 | 5 min |'),
      errors: [{ messageId: 'tooFew', data: { actual: 2, expected: 3, headers: 'Scenario | Concurrent users | Duration' }, line: 5, column: 1, endLine: 5, endColumn: 23 }],
      output: table('| Steady state | 400 |  |', '| Burst | 2,000 | 5 min |'),
    },
    {
      name: 'rows without outer pipes, in a quote, in a CRLF document: padded to the header\'s width',
      code: ['> Scenario | Concurrent users | Duration', '> ---|---|---', '> Steady state', '> Burst | 2,000 \\|'].join('\r\n'),
      errors: [
        { messageId: 'tooFew', data: { actual: 1, expected: 3, headers }, line: 3, column: 3, endLine: 3, endColumn: 15 },
        { messageId: 'tooFew', data: { actual: 2, expected: 3, headers }, line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
      output: ['> Scenario | Concurrent users | Duration', '> ---|---|---', '> Steady state |  |  |', '> Burst | 2,000 \\| |  |'].join('\r\n'),
    },
  ],
});
