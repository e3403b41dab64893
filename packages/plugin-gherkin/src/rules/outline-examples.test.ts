import { RuleTester } from '@design-check/core';
import { outlineExamples } from './outline-examples.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(outlineExamples, {
  valid: [
    md(...fence('Scenario Outline: A', '  When <x>', '  Then y', '  Examples:', '    | x |', '    | 1 |')),
    { name: 'a plain Scenario needs no Examples', code: md(...fence('Scenario: A', '  When x', '  Then y')) },
  ],
  invalid: [
    {
      code: md(
        '## Behavior',
        '',
        ...fence('Scenario Outline: None', '  When <x>', '  Then y', '', 'Scenario Template: Header only', '  When <x>', '  Then y', '  Examples:', '    | x |', '  Scenarios: no table', '', 'Scenario Outline: Fine', '  When <x>', '  Then y', '  Examples:', '    | x |', '    | 2 |'),
      ),
      errors: [
        { messageId: 'none', data: { name: 'None' }, line: 4, column: 1 },
        { messageId: 'noRows', data: { keyword: 'Examples', name: 'Header only' }, line: 11, column: 3 },
        { messageId: 'noTable', data: { keyword: 'Scenarios', name: 'Header only' }, line: 13, column: 3 },
      ],
    },
  ],
});
