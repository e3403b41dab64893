import { RuleTester } from '@design-check/core';
import { examplesColumnsUsed } from './examples-columns-used.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(examplesColumnsUsed, {
  valid: [
    md(...fence('Scenario Outline: Refund <method>', '  When x', '    """json', '    {"amount": <amount>}', '    """', '  Then y', '  Examples:', '    | method | amount |', '    | card   | 10     |')),
  ],
  invalid: [
    {
      code: md('## Behavior', '', ...fence('Scenario Outline: Refund window', '  When the merchant refunds a <method> payment', '  Then the status is <status>', '  Examples:', '    | method | age | status |', '    | card   | 179 | 201    |')),
      errors: [{ messageId: 'unused', data: { name: 'age', scenario: 'Refund window' }, line: 8, column: 16 }],
    },
  ],
});
