import { RuleTester } from '@design-check/core';
import { skeleton, TITLES } from '../__fixtures__/docs.js';
import { requiredSections } from './required-sections.js';

const without = (...drop: number[]) => TITLES.filter((_, i) => !drop.includes(i));
const h1 = (titles: string[]) => titles.map((t) => t.replace(/^## /, '# '));

new RuleTester({ plugin: 'structure' }).run(requiredSections, {
  valid: [
    { name: 'complete, numbered, with "and", bold and trailing words', code: skeleton(TITLES) },
    { name: 'Revision History is optional', code: skeleton(TITLES.slice(0, 12)) },
    {
      name: 'any heading level from 2 down, un-numbered, "&"',
      code: skeleton(TITLES.map((t, i) => (i === 4 ? '### Interface Contracts Between Streams' : i === 1 ? '## Context & Goals' : t))),
    },
    { name: 'every section a `#` heading under a `#` title', code: skeleton(h1(TITLES)) },
    {
      name: 'every section a `#` heading, the title a plain paragraph',
      code: skeleton(h1(TITLES)).replace('# Technical Design: Self-Service Refunds', '**Technical Design: Self-Service Refunds**'),
    },
    {
      name: 'numbered "Section 3 -", "3)", roman, emoji, and sections under `##` parts',
      code: [
        '# Technical Design: Self-Service Refunds',
        '## Part I — Framing',
        '### Section 1 - Metadata',
        '### 2) Context & Goals',
        '## Part II — Contracts',
        '### III. API Contracts',
        '### 🗄️ 4. Data Model',
        '### (5) Interface Contracts Between Streams',
        '### 6: Behavioral Specifications',
        '### 🔐 Security Threat Model (STRIDE)',
        '### 8 - Performance Budgets',
        '### 9 — Observability Design',
        '### Section 10: Architecture Decisions',
        '### 11. Open Questions & Risks',
        '### 12. ✅ Design Review Checklist',
      ].join('\n\nText.\n\n'),
    },
    {
      name: 'singular "Performance Budget", "Architecture Decision Records (ADRs)"',
      code: skeleton(TITLES.map((t) => t.replace('**Performance Budgets**', 'Performance Budget').replace('Architecture Decisions', 'Architecture Decision Records (ADRs)'))),
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
      name: 'a `#` title that starts like a section name is not that section',
      code: skeleton(without(0)).replace('# Technical Design: Self-Service Refunds', '# Metadata Catalog: Technical Design'),
      errors: [{ messageId: 'missing', data: { section: 'Metadata', next: '2. Context and Goals' }, line: 3, column: 1 }],
    },
    {
      name: 'a missing section among `#` sections',
      code: skeleton(h1(without(8))).replace('# Technical Design: Self-Service Refunds', '**Technical Design: Self-Service Refunds**'),
      errors: [{ messageId: 'missing', data: { section: 'Observability Design', next: '10. Architecture Decisions' }, line: 3 + 3 * 8, column: 1 }],
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
      name: 'a shortened or misspelt section name: did you mean, on that heading',
      code: skeleton(TITLES.map((t) => t.replace('## 9. Observability Design', '## 9. Observability').replace('Architecture Decisions', 'Archtecture Decisions'))),
      errors: [
        { messageId: 'renamed', data: { section: 'Observability Design', heading: '9. Observability' }, line: 3 + 3 * 8, column: 1 },
        { messageId: 'renamed', data: { section: 'Architecture Decisions', heading: '10. Archtecture Decisions' }, line: 3 + 3 * 9, column: 1 },
      ],
    },
    {
      name: 'several missing sections at the end, in the order of the template',
      code: skeleton(TITLES.slice(0, 6)),
      errors: [
        { messageId: 'missingAtEnd', data: { section: 'Security Threat Model' }, line: 1 + 3 * 6, column: 1 },
        { messageId: 'missingAtEnd', data: { section: 'Performance Budgets' }, line: 1 + 3 * 6, column: 1 },
        { messageId: 'missingAtEnd', data: { section: 'Observability Design' }, line: 1 + 3 * 6, column: 1 },
        { messageId: 'missingAtEnd', data: { section: 'Architecture Decisions' }, line: 1 + 3 * 6, column: 1 },
        { messageId: 'missingAtEnd', data: { section: 'Open Questions' }, line: 1 + 3 * 6, column: 1 },
        { messageId: 'missingAtEnd', data: { section: 'Design Review Checklist' }, line: 1 + 3 * 6, column: 1 },
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
