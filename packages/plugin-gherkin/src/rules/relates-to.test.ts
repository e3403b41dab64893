import { RuleTester } from '@design-check/core';
import { relatesTo } from './relates-to.js';
import { fence, md } from '../../test/helpers.js';

const scenario = fence('Scenario: A', '  When x', '  Then y');
const spec = (...lines: string[]) => md('# Technical Design: Gift cards', '', '## Behavioral Specifications', '', ...lines);

new RuleTester({ plugin: 'gherkin' }).run(relatesTo, {
  valid: [
    spec('### Behavior 1: A', '', '**Relates to:** Outcome Contract acceptance criterion #1', '', ...scenario),
    { name: 'several criteria, a range, and prose in between', code: spec('### Behavior 1: A', '', '**Relates to:** Outcome Contract acceptance criteria #2 (no over-refunds) and #1–#3', '', ...scenario) },
    { name: 'in a list item, a quote or a table; criterion words without #', code: spec('### Behavior 1: A', '', '- *Relates to*: criteria 1 and 3', '', '### Behavior 2: B', '', '> **Relates to** : AC-2', '', '### Behavior 3: C', '', '| Relates to | criterion #2 |', '|---|---|', '', ...scenario) },
    { name: 'a dash after the label, and a link to the criterion', code: spec('### Behavior 1: A', '', '**Relates to** — Outcome Contract AC #2', '', '### Behavior 2: B', '', '- **Relates to:** [AC 1](OUTCOME-CONTRACT.md#ac-1)', '', ...scenario) },
    { name: 'the criterion named in the heading', code: spec('### 6.2 Behavior 2: Refund window (criterion #1)', '', ...scenario) },
    { name: 'error scenarios are not a behaviour', code: spec('### Error & Edge Case Scenarios', '', ...scenario) },
    { name: 'a design without Behavioral Specifications', code: md('# T', '', '## Context', '', ...scenario) },
    {
      name: 'template placeholders are left to structure/no-placeholders',
      code: spec('### Behavior 1: [Name]', '', '**Relates to:** Outcome Contract acceptance criterion #N', '', ...scenario, '', '### Behavior 2: [Name]', '', ...scenario),
    },
  ],
  invalid: [
    {
      name: 'missing, and a criterion that is not a number',
      code: spec('### Behavior 1: Balance never goes negative', '', ...scenario, '', '### Behavior 2: Refund restores the balance', '', '**Relates to:** Outcome Contract acceptance criterion #two', '', ...scenario),
      errors: [
        { messageId: 'missing', data: { title: 'Behavior 1: Balance never goes negative' }, line: 5, column: 1 },
        { messageId: 'malformed', data: { title: 'Behavior 2: Refund restores the balance', token: '#two' }, line: 13, column: 1, related: [{ messageId: 'statedHere', line: 15, column: 55 }] },
      ],
    },
    {
      name: 'no number at all; #0',
      code: spec('### Behavior 1: A', '', '**Relates to:** the Outcome Contract', '', ...scenario, '', '### Behavior 2: B', '', 'Relates to: criterion #0', '', ...scenario),
      errors: [
        { messageId: 'malformed', data: { title: 'Behavior 1: A', token: 'the Outcome Contract' }, line: 5, column: 1, related: [{ messageId: 'statedHere', line: 7, column: 3 }] },
        { messageId: 'malformed', data: { title: 'Behavior 2: B', token: '#0' }, line: 15, column: 1, related: [{ messageId: 'statedHere', line: 17, column: 23 }] },
      ],
    },
    {
      name: 'below the scenarios',
      code: spec('### Behavior 1: A', '', ...scenario, '', '**Relates to:** criterion #1'),
      errors: [{ messageId: 'misplaced', data: { title: 'Behavior 1: A', line: 7 }, line: 5, column: 1, related: [{ messageId: 'statedHere', line: 13, column: 3 }] }],
    },
    {
      name: 'subsections that hold gherkin, when none is called Behavior',
      code: spec('### Concurrent checkouts', '', ...scenario, '', '### Error & Edge Case Scenarios', '', ...scenario),
      errors: [{ messageId: 'missing', data: { title: 'Concurrent checkouts' }, line: 5, column: 1 }],
    },
  ],
});
