import { RuleTester } from '@design-check/core';
import { scenarioComplete } from './scenario-complete.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(scenarioComplete, {
  valid: [
    md(...fence('Scenario: A', '  Given p', '  When x', '  Then y')),
    { name: 'no Given is fine', code: md(...fence('Scenario: A', '  When x', '  Then y')) },
    { name: 'a Background gives the context', code: md(...fence('Background:', '  Given p', 'Scenario: A', '  When x', '  Then y')) },
    { name: 'German keywords', code: md(...fence('# language: de', 'Szenario: A', '  Wenn x', '  Dann y')) },
    { name: 'a scenario of * steps makes no claim about kinds', code: md(...fence('Scenario: A', '  * x', '  * y')) },
  ],
  invalid: [
    {
      name: 'no Then; And continues the When',
      code: md('## Behavior', '', ...fence('Scenario: Refund is queued', '  Given a payment', '  When it is refunded', '  And the acquirer answers')),
      errors: [{ messageId: 'noThen', data: { name: 'Refund is queued' }, line: 4, column: 1 }],
    },
    {
      name: 'no When',
      code: md(...fence('Scenario: A', '  Given a payment', '  Then the balance drops')),
      errors: [{ messageId: 'noWhen', data: { name: 'A' }, line: 2, column: 1 }],
    },
    {
      name: 'neither, in an outline under a Rule',
      code: md(...fence('Rule: R', '  Scenario Outline: A', '    Given <p>', '    Examples:', '      | p |', '      | 1 |')),
      errors: [{ messageId: 'neither', data: { name: 'A' }, line: 3, column: 3 }],
    },
  ],
});
