import { RuleTester } from '@design-check/core';
import { skeleton, TITLES } from '../__fixtures__/docs.js';
import { requiredSections } from './required-sections.js';

const without = (...drop: number[]) => TITLES.filter((_, i) => !drop.includes(i));

new RuleTester({ plugin: 'structure' }).run(requiredSections, {
  valid: [
    { name: 'complete, numbered, with "and", bold and trailing words', code: skeleton(TITLES) },
    { name: 'Revision History is optional', code: skeleton(TITLES.slice(0, 12)) },
    {
      name: 'any heading level from 2 down, un-numbered, "&"',
      code: skeleton(TITLES.map((t, i) => (i === 4 ? '### Interface Contracts Between Streams' : i === 1 ? '## Context & Goals' : t))),
    },
    { name: 'extra sections are fine', code: skeleton([...TITLES.slice(0, 10), '## 11. Rollout Plan', ...TITLES.slice(10)]) },
    { name: 'a custom list', code: skeleton(['## Summary', '## Open Questions']), options: { sections: ['Summary', ['Open Questions', 'Questions']] } },
  ],
  invalid: [
    {
      name: 'missing section reported at the heading that should follow it',
      code: skeleton(without(6)),
      errors: [{ messageId: 'missing', data: { section: 'Security Threat Model', next: '8. Performance Budgets' }, line: 3 + 3 * 6, column: 1 }],
    },
    {
      name: 'missing last required section reported before the optional Revision History',
      code: skeleton(without(11)),
      errors: [{ messageId: 'missing', data: { section: 'Design Review Checklist', next: '13. Revision History' }, line: 3 + 3 * 11, column: 1 }],
    },
    {
      name: 'missing last section with nothing after it: end of the document',
      code: skeleton(without(11, 12)),
      errors: [{ messageId: 'missingAtEnd', data: { section: 'Design Review Checklist' }, line: 1 + 3 * 11, column: 1 }],
    },
    {
      name: 'a level-1 heading does not count',
      code: skeleton(TITLES).replace('## 1. Metadata', '# Metadata'),
      errors: [{ messageId: 'missing', data: { section: 'Metadata', next: '2. Context and Goals' }, line: 6, column: 1 }],
    },
    {
      name: 'two missing sections, each named',
      code: skeleton(without(0, 2)),
      errors: [
        { messageId: 'missing', data: { section: 'Metadata', next: '2. Context and Goals' }, line: 3, column: 1 },
        { messageId: 'missing', data: { section: 'API Contracts', next: '4. Data Model' }, line: 6, column: 1 },
      ],
    },
    {
      name: 'a custom list',
      code: skeleton(['## Summary']),
      options: { sections: ['Summary', 'Rollout'] },
      errors: [{ messageId: 'missingAtEnd', data: { section: 'Rollout' }, line: 4, column: 1 }],
    },
  ],
});
