import { RuleTester } from '@design-check/core';
import { tableCellCount } from './table-cell-count.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(tableCellCount, {
  valid: [
    md(...fence('Scenario Outline: A', '  When <a> and <b>', '  Then y', '  Examples:', '    | a | b |', '    # a comment between rows', '    | 1 | 2 |', '    | \\| | 4 |')),
    { name: 'a doc string with pipes', code: md(...fence('Scenario: A', '  When x', '    """', '    | a |', '    | 1 | 2 |', '    """', '  Then y')) },
  ],
  invalid: [
    {
      name: 'an Examples row with a missing cell, and a data table row with an extra one',
      code: md(
        '## Behavior',
        '',
        ...fence('Scenario Outline: A', '  When <a> and <b>', '  Then y', '  Examples:', '    | a | b |', '    | 1 |', '    | 3 | 4 |', '', 'Scenario: B', '  Given', '    | k |', '    | 1 | 2 |', '  When x', '  Then y'),
      ),
      errors: [
        { messageId: 'count', data: { count: '1 cell', expected: '2 cells', headerLine: 8 }, line: 9, column: 5 },
        { messageId: 'count', data: { count: '2 cells', expected: '1 cell', headerLine: 14 }, line: 15, column: 5 },
      ],
    },
  ],
});
