import { RuleTester } from '@design-check/core';
import { skeleton, TITLES } from '../__fixtures__/docs.js';
import { sectionOrder } from './section-order.js';

const swap = (i: number, j: number) => {
  const t = [...TITLES];
  [t[i], t[j]] = [t[j], t[i]];
  return t;
};

new RuleTester({ plugin: 'structure' }).run(sectionOrder, {
  valid: [
    { name: 'template order', code: skeleton(TITLES) },
    { name: 'missing and extra sections do not matter', code: skeleton(['## Metadata', '## Rollout Plan', '## Open Questions', '## Revision History']) },
  ],
  invalid: [
    {
      name: 'Open Questions moved to the top',
      code: skeleton([TITLES[10], ...TITLES.slice(0, 10), ...TITLES.slice(11)]),
      errors: [{ messageId: 'after', data: { section: '11. Open Questions', other: '10. Architecture Decisions' }, line: 3, column: 1 }],
    },
    {
      name: 'Metadata moved down is expected before the first section',
      code: skeleton([...TITLES.slice(1, 4), TITLES[0], ...TITLES.slice(4)]),
      errors: [{ messageId: 'before', data: { section: '1. Metadata', other: '2. Context and Goals' }, line: 3 + 3 * 3, column: 1 }],
    },
    {
      name: 'two adjacent sections swapped: the one that came too early is reported',
      code: skeleton(swap(7, 8)),
      errors: [{ messageId: 'after', data: { section: '9. Observability Design', other: '8. Performance Budgets' }, line: 3 + 3 * 7, column: 1 }],
    },
  ],
});
