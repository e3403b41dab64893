import { RuleTester } from '@design-check/core';
import { noPlaceholders } from './no-placeholders.js';

const FENCE = '```';

new RuleTester({ plugin: 'structure' }).run(noPlaceholders, {
  valid: [
    {
      name: 'links, references, tasks, footnotes, alerts, escapes and indexes are not placeholders',
      code: [
        '## 1. Metadata',
        '',
        '| Field | Value |',
        '|---|---|',
        '| **Mission brief** | [BRIEF.md](./BRIEF.md) |',
        '| **Decision record** | [ADR-0147][adr] |',
        '',
        '- [ ] Backward-compatible schema change',
        '- [x] Feature-flag gated schema change',
        '',
        'Refunds settle in T+1[^1]; `items[0]` is the newest and \\[draft\\] marks drafts; see [3].',
        '',
        '> [!NOTE]',
        '> Todo lists are out of scope; **(optional)** fields may be omitted.',
        '',
        '[adr]: ../decisions/ADR-0147.md',
        '[^1]: Per acquirer contract.',
      ].join('\n'),
    },
    {
      name: 'code is never judged, except for the template tokens',
      code: [
        '## Data Model',
        '',
        'Dates are written `YYYY-MM-DD`; the `[Name]` field is free text.',
        '',
        `${FENCE}text`,
        '[Merchant] 1──* [Payment]',
        '// TODO(priya): TBD in code is the code owner\'s business',
        FENCE,
        '',
        '<!-- TODO: remove this comment before review -->',
      ].join('\n'),
    },
    {
      name: 'intervals, tuples, character classes, citations and italic asides are prose',
      code: [
        'A shard owns the keys in [lo, hi] of the ring; points are [x, y] pairs.',
        'Topic names match [a-z0-9_] only, see [RFC 7807] and [ADR-0031].',
        'Writes freeze for a moment *(see the cut-over plan)* and then resume; _(optional)_ fields may be left out.',
      ].join('\n'),
    },
    { name: 'YAML lists in front matter', code: '---\ntitle: Refunds\nreviewers: [Ana]\n---\n\n# Technical Design: Refunds\n\nWhy.\n' },
    { name: 'an ignored placeholder', code: 'Owned by [Name] until the re-org.\n', options: { ignore: ['^\\[Name\\]$'] } },
  ],
  invalid: [
    {
      name: 'the template\'s title and metadata',
      code: [
        '# Technical Design: [Mission Name]',
        '',
        '| Field | Value |',
        '|-------|-------|',
        '| **Mission ID** | _(e.g., MISSION-2026-042)_ |',
        '| **Created** | YYYY-MM-DD |',
      ].join('\n'),
      errors: [
        { messageId: 'placeholder', data: { placeholder: '[Mission Name]' }, line: 1, column: 21, endLine: 1, endColumn: 35 },
        { messageId: 'placeholder', data: { placeholder: '_(e.g., MISSION-2026-042)_' }, line: 5, column: 20 },
        { messageId: 'placeholder', data: { placeholder: 'YYYY-MM-DD' }, line: 6, column: 17 },
      ],
    },
    {
      name: 'italic guidance with code inside, star italics, headings, #N',
      code: [
        '### 10.1 Decision 1: [Title]',
        '',
        '| Component | Span Name |',
        '|---|---|',
        '| Export API | _(e.g., `export.job.create`)_ |',
        '',
        '- [ ] Authentication: *(describe auth mechanism)*',
        '',
        '**Relates to:** Outcome Contract acceptance criterion #N',
      ].join('\n'),
      errors: [
        { messageId: 'placeholder', data: { placeholder: '[Title]' }, line: 1, column: 22 },
        { messageId: 'placeholder', data: { placeholder: '_(e.g., `export.job.create`)_' }, line: 5, column: 16 },
        { messageId: 'placeholder', data: { placeholder: '*(describe auth mechanism)*' }, line: 7, column: 23 },
        { messageId: 'placeholder', data: { placeholder: '#N' }, line: 9, column: 55 },
      ],
    },
    {
      name: 'italic guidance at the end of a cell or line, even after text',
      code: ['| Field | Type |', '|---|---|', '| nickname | string _(e.g., "Ana")_ |', '', 'Migration plan: _(describe)_.'].join('\n'),
      errors: [
        { messageId: 'placeholder', data: { placeholder: '_(e.g., "Ana")_' }, line: 3, column: 21 },
        { messageId: 'placeholder', data: { placeholder: '_(describe)_' }, line: 5, column: 17 },
      ],
    },
    {
      name: 'markers and dates in front matter still count',
      code: '---\ntitle: Refunds\nowner: TBD\ncreated: YYYY-MM-DD\n---\n\n# Technical Design: [Mission Name]\n',
      errors: [
        { messageId: 'marker', data: { placeholder: 'TBD' }, line: 3, column: 8 },
        { messageId: 'placeholder', data: { placeholder: 'YYYY-MM-DD' }, line: 4, column: 10 },
        { messageId: 'placeholder', data: { placeholder: '[Mission Name]' }, line: 7, column: 21 },
      ],
    },
    {
      name: 'TBD and TODO markers, one finding per placeholder',
      code: ['| Owner | Target Date |', '|---|---|', '| TBD | _(e.g., TBD)_ |', '', 'TODO: pick a storage backend.'].join('\n'),
      errors: [
        { messageId: 'marker', data: { placeholder: 'TBD' }, line: 3, column: 3 },
        { messageId: 'placeholder', data: { placeholder: '_(e.g., TBD)_' }, line: 3, column: 9 },
        { messageId: 'marker', data: { placeholder: 'TODO' }, line: 5, column: 1 },
      ],
    },
    {
      name: 'long placeholders are shortened in the message',
      code: '[Brief summary — what is being built, why, and the key constraints that shape the design.]\n',
      errors: [{ messageId: 'placeholder', data: { placeholder: '[Brief summary — what is being built, why, and the key cons…' }, line: 1, column: 1 }],
    },
    {
      name: 'the template\'s tokens inside code blocks, at their markdown position',
      code: [
        '### Behavior 1: Partial refunds',
        '',
        `${FENCE}gherkin`,
        'Scenario: [Descriptive name]',
        '  Given [precondition]',
        FENCE,
        '',
        '1. Create:',
        '',
        `   ${FENCE}yaml`,
        '   summary: "[Description]"',
        `   ${FENCE}`,
      ].join('\n'),
      errors: [
        { messageId: 'placeholder', data: { placeholder: '[Descriptive name]' }, line: 4, column: 11 },
        { messageId: 'placeholder', data: { placeholder: '[precondition]' }, line: 5, column: 9 },
        { messageId: 'placeholder', data: { placeholder: '[Description]' }, line: 11, column: 14 },
      ],
    },
    {
      name: 'extra patterns',
      code: 'Latency budget: ??? ms, owner XXX.\n',
      options: { patterns: ['\\?{3}', '\\bXXX\\b'] },
      errors: [
        { messageId: 'placeholder', data: { placeholder: '???' }, line: 1, column: 17 },
        { messageId: 'placeholder', data: { placeholder: 'XXX' }, line: 1, column: 31 },
      ],
    },
  ],
});
