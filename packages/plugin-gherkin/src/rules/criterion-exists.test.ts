import { fileURLToPath } from 'node:url';
import { RuleTester } from '@design-check/core';
import { criterionExists } from './criterion-exists.js';
import { fence, md } from '../../test/helpers.js';

const root = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const path = `${root}design.md`;
const design = (link: string, ...behaviour: string[]) =>
  md('# Technical Design: Gift cards', '', '## Metadata', '', '| Field | Value |', '|---|---|', `| **Outcome contract** | ${link} |`, '', '## Behavioral Specifications', '', ...behaviour, '', ...fence('Scenario: A', '  When x', '  Then y'));

new RuleTester({ plugin: 'gherkin', projectRoot: root }).run(criterionExists, {
  valid: [
    { path, code: design('[OUTCOME-CONTRACT.md](contracts/OUTCOME-CONTRACT.md)', '### Behavior 1: A', '', '**Relates to:** acceptance criteria #1–#3') },
    { name: 'a remote contract is not fetched', path, code: design('[contract](https://wiki.example.com/gift-cards/outcome)', '### Behavior 1: A', '', '**Relates to:** criterion #9') },
    { name: 'a contract outside the project root is not read', path, code: design('[contract](../../../../README.md)', '### Behavior 1: A', '', '**Relates to:** criterion #9') },
    { name: 'a contract that numbers no criteria', path, code: design('[contract](contracts/missing.md)', '### Behavior 1: A', '', '**Relates to:** criterion #9') },
  ],
  invalid: [
    {
      name: 'a number the list lacks; the measurement table is not read',
      path,
      code: design('[OUTCOME-CONTRACT.md](./contracts/OUTCOME-CONTRACT.md)', '### Behavior 1: A', '', '**Relates to:** Outcome Contract acceptance criteria #2 and #7'),
      errors: [{ messageId: 'unknown', data: { n: 7, file: './contracts/OUTCOME-CONTRACT.md', known: '#1, #2, #3' }, line: 13, column: 61 }],
    },
    {
      name: 'a contract path written as text that leaves the project root',
      path,
      code: design('../../../../../etc/OUTCOME-CONTRACT.md', '### Behavior 1: A', '', '**Relates to:** criterion #9'),
      errors: [{ messageId: 'outside', data: { file: '../../../../../etc/OUTCOME-CONTRACT.md' }, line: 7, column: 26 }],
    },
    {
      name: 'a home path as text',
      path,
      code: design('~/OUTCOME-CONTRACT.md', '### Behavior 1: A', '', '**Relates to:** criterion #9'),
      errors: [{ messageId: 'outside', data: { file: '~/OUTCOME-CONTRACT.md' }, line: 7, column: 26 }],
    },
    {
      name: 'a contract nested too deep to parse within the bounds of a design is reported once, on its link',
      path,
      code: design('[contract](contracts/NESTED-CONTRACT.md)', '### Behavior 1: A', '', '**Relates to:** criterion #1'),
      errors: [{ messageId: 'unparsable', data: { file: 'contracts/NESTED-CONTRACT.md' }, line: 7, column: 26 }],
    },
    {
      name: 'criteria as table rows with AC ids',
      path,
      code: design('[contract](contracts/TABLE-CONTRACT.md)', '### Behavior 1: A', '', '**Relates to:** AC-3'),
      errors: [{ messageId: 'unknown', data: { n: 3, file: 'contracts/TABLE-CONTRACT.md', known: '#1, #2' }, line: 13, column: 17 }],
    },
  ],
});
