import { RuleTester } from '@design-check/core';
import { noEmptyScenario } from './no-empty-scenario.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(noEmptyScenario, {
  valid: [md(...fence('Scenario: A', '  When x', '  Then y'))],
  invalid: [
    {
      code: md('## Behavior', '', ...fence('Scenario: Refund window', '  # steps to follow', '', 'Scenario: B', '  When x', '  Then y'), '', ...fence('Background:', '', 'Scenario: C', '  When x', '  Then y')),
      errors: [
        { messageId: 'empty', data: { keyword: 'Scenario', name: 'Refund window' }, line: 4, column: 1 },
        { messageId: 'empty', data: { keyword: 'Background', name: '' }, line: 13, column: 1 },
      ],
    },
  ],
});
