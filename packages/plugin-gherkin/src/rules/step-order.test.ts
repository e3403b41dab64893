import { RuleTester } from '@design-check/core';
import { stepOrder } from './step-order.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(stepOrder, {
  valid: [
    md(...fence('Scenario: A', '  Given p', '  And q', '  When x', '  Then y', '  When z', '  Then w')),
    { name: 'And after a When continues the When', code: md(...fence('Scenario: A', '  Given p', '  When x', '  And z', '  Then y')) },
  ],
  invalid: [
    {
      code: md('## Behavior', '', ...fence('Scenario: A', '  When x', '  Given p', '  Then y', '  Given q')),
      errors: [
        { messageId: 'givenLate', data: { after: 'When', afterLine: 5 }, line: 6, column: 3 },
        { messageId: 'givenLate', data: { after: 'When', afterLine: 5 }, line: 8, column: 3 },
      ],
    },
  ],
});
