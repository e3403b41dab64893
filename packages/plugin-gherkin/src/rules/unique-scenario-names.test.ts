import { RuleTester } from '@design-check/core';
import { uniqueScenarioNames } from './unique-scenario-names.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(uniqueScenarioNames, {
  valid: [
    md(...fence('Scenario: A', '  When x', '  Then y', 'Scenario: B', '  When x', '  Then y')),
    { name: 'the template placeholder twice is structure/no-placeholders\' finding', code: md(...fence('Scenario: [Descriptive name]', '  When x', '  Then y'), '', ...fence('Scenario: [Descriptive name]', '  When x', '  Then y')) },
  ],
  invalid: [
    {
      name: 'across blocks, case and spacing aside',
      code: md('## Behavior 1', '', ...fence('Scenario: Refund  succeeds', '  When x', '  Then y'), '', '## Behavior 2', '', ...fence('Scenario Outline: refund succeeds', '  When <x>', '  Then y', '  Examples:', '    | x |', '    | 1 |')),
      errors: [{ messageId: 'duplicate', data: { name: 'refund succeeds', firstLine: 4 }, line: 12, column: 1, related: [{ messageId: 'first', line: 4, column: 1 }] }],
    },
  ],
});
