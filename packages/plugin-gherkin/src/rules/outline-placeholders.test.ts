import { RuleTester } from '@design-check/core';
import { outlinePlaceholders } from './outline-placeholders.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(outlinePlaceholders, {
  valid: [
    md(...fence('Scenario Outline: Refund <method>', '  When the merchant refunds <amount>', '    | field  | value    |', '    | method | <method> |', '  Then y', '  Examples:', '    | method | amount |', '    | card   | 10     |')),
    { name: 'markup in a doc string is not a placeholder', code: md(...fence('Scenario Outline: A', '  When <x>', '    """', '    <div>ok</div>', '    """', '  Then y', '  Examples:', '    | x |', '    | 1 |')) },
    { name: 'a plain Scenario keeps <angle brackets>', code: md(...fence('Scenario: A', '  When the user types <script>', '  Then it is escaped')) },
  ],
  invalid: [
    {
      name: 'a misspelled placeholder, and one that a second Examples lacks',
      code: md(
        '## Behavior',
        '',
        ...fence('Scenario Outline: Refund window', '  Given a payment captured <age> days ago', '  When the merchant refunds by <methd>', '  Then the status is <status>', '  Examples: cards', '    | method | age | status |', '    | card   | 179 | 201    |', '  Examples: SEPA', '    | method | status |', '    | sepa   | 201    |'),
      ),
      errors: [
        { messageId: 'missing', data: { name: 'age', examplesLine: 11, columns: '<method>, <status>' }, line: 5, column: 28 },
        { messageId: 'missingHint', data: { name: 'methd', examplesLine: 8, hint: 'method' }, line: 6, column: 32 },
      ],
    },
  ],
});
