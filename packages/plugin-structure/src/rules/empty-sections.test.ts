import { RuleTester } from '@design-check/core';
import { emptySections } from './empty-sections.js';

new RuleTester({ plugin: 'structure' }).run(emptySections, {
  valid: [
    '# Technical Design: Refunds\n\n## 1. Metadata\n\n| Field | Value |\n|---|---|\n| Status | draft |\n',
    { name: 'a parent with only subsections', code: '## 7. Security Threat Model\n\n### 7.1 Assets at Risk\n\nMerchant funds.\n\n### 7.2 Threat Analysis\n\n- Spoofing: stolen tokens.\n' },
    { name: 'content that is only a code block', code: '## 3. API Contracts\n\n```yaml\nopenapi: 3.0.3\n```\n' },
    { name: 'setext headings', code: 'Context & Goals\n---------------\n\nWhy we build it.\n' },
    { name: 'a heading inside a blockquote, with its text', code: '## 2. Context & Goals\n\n> ### Summary\n> We build refunds.\n' },
    { name: 'a heading inside a list item, with its text', code: '## 4. Data Model\n\n- ### Entities\n  Refund, Payment.\n' },
    { name: 'front matter is not a section', code: '---\ntitle: Refunds\n---\n\n# Technical Design: Refunds\n\nWhy.\n' },
  ],
  invalid: [
    {
      name: 'heading followed by a heading of the same level',
      code: '## 10. Architecture Decisions\n\n## 11. Open Questions\n\nNone.\n',
      errors: [{ messageId: 'empty', data: { section: '10. Architecture Decisions' }, line: 1, column: 1 }],
    },
    {
      name: 'a subsection followed by a higher heading',
      code: '## 4. Data Model\n\n### 4.3 Migration Strategy\n\n## 5. Interface Contracts Between Streams\n\nSee the table.\n',
      errors: [{ messageId: 'empty', data: { section: '4.3 Migration Strategy' }, line: 3, column: 1 }],
    },
    {
      name: 'only a thematic break and a comment',
      code: '## 2. Context & Goals\n\n<!-- write 2–4 paragraphs -->\n\n---\n\n## 3. API Contracts\n\nBelow.\n',
      errors: [{ messageId: 'empty', data: { section: '2. Context & Goals' }, line: 1, column: 1 }],
    },
    {
      name: 'only a link definition, which renders nothing',
      code: '## 10. Architecture Decisions\n\n[adr]: ./decisions/ADR-0147.md\n\n## 11. Open Questions\n\nNone.\n',
      errors: [{ messageId: 'empty', data: { section: '10. Architecture Decisions' }, line: 1, column: 1 }],
    },
    {
      name: 'end of the document',
      code: '## 12. Open Questions\n\nNone.\n\n## 13. Design Review Checklist\n\n',
      errors: [{ messageId: 'empty', data: { section: '13. Design Review Checklist' }, line: 5, column: 1 }],
    },
  ],
});
