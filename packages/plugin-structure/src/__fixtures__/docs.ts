/** Headings of a complete design, numbered and worded the way real documents vary them. */
export const TITLES = [
  '## 1. Metadata',
  '## 2. Context and Goals',
  '## 3. API Contracts',
  '## 4. Data Model',
  '## 5. Interface Contracts Between Streams',
  '## 6. Behavioral Specifications',
  '## 7. Security Threat Model (STRIDE)',
  '## 8. **Performance Budgets**',
  '## 9. Observability Design',
  '## 10. Architecture Decisions',
  '## 11. Open Questions',
  '## 12. Design Review Checklist',
  '## 13. Revision History',
];

/**
 * A title on line 1, a blank line, then per heading: the heading, one line of text, a blank
 * line. So the heading of `titles[k]` is on line 3 + 3k and the last text line is 1 + 3n.
 */
export function skeleton(titles: string[]): string {
  return ['# Technical Design: Self-Service Refunds', '', ...titles.flatMap((t) => [t, 'Written.', ''])].join('\n');
}

/** A Metadata section (heading on line 1, table header on line 3, rows from line 5). */
export function metadataDoc(rows: string[], trailer = ''): string {
  return ['## Metadata', '', '| Field | Value |', '|-------|-------|', ...rows, '', trailer].join('\n');
}
