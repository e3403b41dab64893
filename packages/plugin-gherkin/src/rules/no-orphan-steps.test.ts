import { RuleTester } from '@design-check/core';
import { noOrphanSteps } from './no-orphan-steps.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(noOrphanSteps, {
  valid: [
    md(...fence('Background:', '  Given a merchant', '', 'Scenario: A', '  When x', '  Then y')),
    { name: 'a Feature description that starts with When is prose', code: md(...fence('Feature: Refunds', '  When a payment is refunded the ledger gets one entry.', '', '  Scenario: A', '    When x', '    Then y')) },
    { name: 'a bullet in the description', code: md(...fence('Feature: Refunds', '  * partial refunds', '  Scenario: A', '    When x', '    Then y')) },
  ],
  invalid: [
    {
      name: 'steps before the first Scenario, with their table',
      code: md('## Behavior', '', ...fence('Given a captured payment', '  | amount |', '  | 100    |', 'When it is refunded', '', 'Scenario: A', '  When x', '  Then y')),
      errors: [
        { messageId: 'before', data: { step: 'Given a captured payment' }, line: 4, column: 1 },
        { messageId: 'before', data: { step: 'When it is refunded' }, line: 7, column: 1 },
      ],
    },
    {
      name: 'steps under a Feature, before its first Scenario',
      code: md(...fence('Feature: Refunds', '  Given a payment', '  When it is refunded', '  Scenario: A', '    When x', '    Then y')),
      errors: [
        { messageId: 'before', data: { step: 'Given a payment' }, line: 3, column: 3 },
        { messageId: 'before', data: { step: 'When it is refunded' }, line: 4, column: 3 },
      ],
    },
    {
      name: 'a step after the Examples table',
      code: md(...fence('Scenario Outline: A', '  When <x>', '  Examples:', '    | x |', '    | 1 |', '  Then y')),
      errors: [{ messageId: 'after', data: { step: 'Then y' }, line: 7, column: 3 }],
    },
  ],
});
