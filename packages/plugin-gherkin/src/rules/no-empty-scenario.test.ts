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
        { messageId: 'emptyBackground', data: { keyword: 'Background' }, line: 13, column: 1 },
      ],
    },
    {
      name: 'a Scenario line with no name either',
      code: md(...fence('Scenario: A', '  When x', '  Then y', '', 'Scenario:')),
      errors: [{ messageId: 'emptyUnnamed', data: { keyword: 'Scenario' }, line: 6, column: 1 }],
    },
  ],
});
