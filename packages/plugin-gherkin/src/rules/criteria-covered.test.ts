import { fileURLToPath } from 'node:url';
import { RuleTester } from '@design-check/core';
import { criteriaCovered } from './criteria-covered.js';
import { fence, md } from '../../test/helpers.js';

const root = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const path = `${root}design.md`;
const design = (...relates: string[]) =>
  md(
    '# Technical Design: Gift cards',
    '',
    '## Metadata',
    '',
    '| Field | Value |',
    '|---|---|',
    '| **Outcome contract** | [OUTCOME-CONTRACT.md](contracts/OUTCOME-CONTRACT.md) |',
    '',
    '## Behavioral Specifications',
    '',
    ...relates.flatMap((r, i) => [`### Behavior ${i + 1}: B${i + 1}`, '', `**Relates to:** ${r}`, '', ...fence(`Scenario: S${i + 1}`, '  When x', '  Then y'), '']),
  );

new RuleTester({ plugin: 'gherkin', projectRoot: root }).run(criteriaCovered, {
  valid: [
    { name: 'criterion 3 is a latency target, measured by the budgets', path, code: design('criterion #1', 'criterion #2') },
    { name: 'everything covered', path, code: design('criteria #1–#3') },
  ],
  invalid: [
    {
      path,
      code: design('criterion #1'),
      errors: [{ messageId: 'uncovered', data: { n: 2, file: 'contracts/OUTCOME-CONTRACT.md', text: 'A redemption that fails at the payment step restores the card balance…' }, line: 9, column: 1 }],
    },
    {
      name: 'no exemption for measured targets',
      path,
      code: design('criteria #1, #2'),
      options: { measuredPattern: '' },
      errors: [{ messageId: 'uncovered', data: { n: 3, file: 'contracts/OUTCOME-CONTRACT.md', text: 'Checkout p95 latency with a gift card stays under 400 ms.' }, line: 9, column: 1 }],
    },
  ],
});
