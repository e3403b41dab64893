import { describe, expect, it } from 'vitest';
import { parseDesignDoc, metadataOf, metadataTable } from '../src/index.js';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const DOC = `# Technical Design: Refund Service

## 1. Metadata

| Field | Value |
|-------|-------|
| **Mission ID** | MISSION-2026-042 |
| **Status** | approved |

## 2. Context & Goals

Refunds today go through support.

## 4. API Contracts

### 4.1 Refunds API (public)

- The refunds fragment:

  \`\`\`yaml
  openapi: 3.0.3
  paths:
    /refunds:
      post: {}
  \`\`\`

> ~~~~yml
> components:
>   schemas: {}
> ~~~~

\`\`\`\`\`json
{ "a": 1 }
\`\`\`\`\`

## Security Threat Model (STRIDE)

- [x] Authentication: OAuth2
- [ ] Rate limiting: per tenant

See [the brief](./BRIEF.md) and [goals](#2-context--goals).
`;

describe('sections', () => {
  it('builds the heading tree with numbering-tolerant names and line ranges', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    expect(doc.title).toBe('Technical Design: Refund Service');
    const meta = doc.findSection('metadata')!;
    expect([meta.title, meta.line, meta.lastLine, meta.depth]).toEqual(['1. Metadata', 3, 9, 2]);
    expect(doc.findSection('Context and Goals')?.line).toBe(10);
    expect(doc.findSection('Security Threat Model')?.title).toBe('Security Threat Model (STRIDE)');
    const api = doc.findSection('API Contracts')!;
    expect(doc.findSection('Refunds API', api)?.path).toEqual(['Technical Design: Refund Service', '4. API Contracts', '4.1 Refunds API (public)']);
    expect(doc.findSection('Data Model')).toBeUndefined();
  });

  it('finds the innermost section of a line', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    expect(doc.sectionAt(22)?.name).toBe('refunds api public');
  });
});

describe('tables and metadata', () => {
  it('gives every cell its exact position and the metadata as a map', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    const status = metadataOf(doc).get('status')!;
    expect(status.key).toBe('Status');
    expect(status.value).toMatchObject({ text: 'approved', line: 8, column: 16, endColumn: 24 });
    const table = doc.tables[0];
    expect(table.columnIndex('value')).toBe(1);
    expect(table.rows[0].get('Field')?.raw).toBe('**Mission ID**');
  });
});

describe('code blocks', () => {
  it('maps block positions to the markdown file for fences in lists, blockquotes and long fences', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    const [yaml, yml, json] = doc.codeBlocks;
    expect([yaml.lang, yaml.contentLine]).toEqual(['yaml', 21]);
    expect(yaml.toMarkdown(3, 3)).toEqual({ line: 23, column: 5 });
    expect(doc.lines[22].slice(4)).toBe('/refunds:');
    expect([yml.lang, yml.rawLang, yml.contentLine]).toEqual(['yaml', 'yml', 28]);
    expect(yml.toMarkdown(2, 3)).toEqual({ line: 29, column: 5 });
    expect(doc.lines[28].slice(4, 11)).toBe('schemas');
    expect([json.lang, json.contentLine, json.value]).toEqual(['json', 33, '{ "a": 1 }']);
    expect(yaml.offsetToMarkdown(yaml.value.indexOf('post'))).toEqual({ line: 24, column: 7 });
  });

  it('keeps lines and columns exact in CRLF files with a BOM', () => {
    const doc = parseDesignDoc(`\uFEFF${crlf(DOC)}`, 'design.md');
    expect(doc.hadBom).toBe(true);
    const [yaml] = doc.codeBlocks;
    expect(yaml.value.includes('\r')).toBe(false);
    expect(yaml.toMarkdown(3, 3)).toEqual({ line: 23, column: 5 });
    expect(metadataOf(doc).get('status')?.value).toMatchObject({ line: 8, column: 16 });
    expect(doc.findSection('metadata')?.line).toBe(3);
  });

  it('strips numbering written "Section 3 -", "3:", "(3)", roman or after an emoji', () => {
    const doc = parseDesignDoc(
      '## Section 1 - Metadata\n\n## 🔌 3. API Contracts\n\n## IV) Data Model\n\n## (5) Interface Contracts\n\n## 6: Behavioral Specifications\n\n## 1️⃣ Performance Budgets\n',
      'x.md',
    );
    expect(doc.sections.map((s) => s.name)).toEqual(['metadata', 'api contracts', 'data model', 'interface contracts', 'behavioral specifications', 'performance budgets']);
  });

  it('leaves inline HTML out of heading titles and anchors', () => {
    const doc = parseDesignDoc('# <a id="ctx"></a>Context & Goals\n\nWhy.\n', 'x.md');
    expect(doc.sections[0].title).toBe('Context & Goals');
    expect(doc.findSection('Context & Goals')?.line).toBe(1);
    expect([...doc.anchors]).toEqual(['context--goals', 'ctx']);
  });

  it('places an empty table cell between its pipes', () => {
    const doc = parseDesignDoc('| Field | Value |\n|---|---|\n| **Author** | |\n| **Created** |  |\n|Status||\n', 'x.md');
    expect(doc.tables[0].rows.map((r) => r.cells[1].column)).toEqual([15, 17, 9]);
  });

  it('reads no heading or rule from a front matter block, and keeps positions exact', () => {
    const text = '---\ntitle: Refunds\nowner: payments\n---\n\n# Technical Design: Refunds\n\n## Metadata\n';
    const doc = parseDesignDoc(text, 'x.md');
    expect(doc.sections.map((s) => [s.title, s.line, s.offset])).toEqual([
      ['Technical Design: Refunds', 6, text.indexOf('# Technical')],
      ['Metadata', 8, text.indexOf('## Metadata')],
    ]);
    expect(doc.root.children.map((n) => n.type)).toEqual(['heading', 'heading']);
    const rules = parseDesignDoc('---\n\nText.\n\n---\n', 'x.md');
    expect(rules.root.children.map((n) => n.type)).toEqual(['thematicBreak', 'paragraph', 'thematicBreak']);
  });

  it('reads metadata split over several tables of the Metadata section', () => {
    const doc = parseDesignDoc('## Metadata\n\n### Identity\n\n| Field | Value |\n|---|---|\n| Mission ID | M-1 |\n\n### Lifecycle\n\n| Field | Value |\n|---|---|\n| Status | draft |\n| Mission ID | M-2 |\n', 'x.md');
    expect([...metadataOf(doc).entries()].map(([k, e]) => [k, e.value?.text, e.row.line])).toEqual([['mission id', 'M-1', 7], ['status', 'draft', 13]]);
    expect(metadataTable(doc)?.line).toBe(5);
  });

  it('maps tabs-indented content and indented code blocks', () => {
    const doc = parseDesignDoc('# T\n\n    indented: 1\n    b: 2\n', 'x.md');
    const [b] = doc.codeBlocks;
    expect([b.lang, b.contentLine]).toEqual(['', 3]);
    expect(b.toMarkdown(2, 1)).toEqual({ line: 4, column: 5 });
  });

  it('maps the empty content of a fence opened on the last line to that line, never past the document', () => {
    const [last] = parseDesignDoc('# T\n\n```graphql', 'x.md').codeBlocks;
    expect(last.toMarkdown(1, 1)).toEqual({ line: 3, column: 1 });
    // With a final line break the document has a fourth, empty line: the content is there.
    const [beforeEnd] = parseDesignDoc('# T\n\n```graphql\n', 'x.md').codeBlocks;
    expect(beforeEnd.toMarkdown(1, 1)).toEqual({ line: 4, column: 1 });
    const [closed] = parseDesignDoc('# T\n\n```graphql\n```\n', 'x.md').codeBlocks;
    expect(closed.toMarkdown(1, 1)).toEqual({ line: 4, column: 1 });
  });
});

describe('tasks, links and comments', () => {
  it('reads task items with their state and section', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    expect(doc.tasks.map((t) => [t.checked, t.text, t.line, t.section?.name])).toEqual([
      [true, 'Authentication: OAuth2', 38, 'security threat model stride'],
      [false, 'Rate limiting: per tenant', 39, 'security threat model stride'],
    ]);
  });

  it('reads links and GitHub anchors', () => {
    const doc = parseDesignDoc(DOC, 'design.md');
    expect(doc.links.map((l) => [l.url, l.line, l.column])).toEqual([
      ['./BRIEF.md', 41, 5],
      ['#2-context--goals', 41, 33],
    ]);
    expect(doc.anchors.has('2-context--goals')).toBe(true);
    expect(doc.anchors.has('security-threat-model-stride')).toBe(true);
  });

  it('keeps a table whole when a directive comment stands between its rows', () => {
    const text = '## Metadata\n\n| Field | Value |\n|---|---|\n| **Mission ID** | M-1 |\n<!-- design-check-disable-next-line structure/metadata-status -->\n| **Status** | finished-ish |\n| **Author** | Ana |\n';
    const doc = parseDesignDoc(text, 'x.md');
    expect(doc.tables).toHaveLength(1);
    expect(metadataOf(doc).get('status')?.value).toMatchObject({ text: 'finished-ish', line: 7, column: 16, offset: text.indexOf('finished-ish') });
    expect(metadataOf(doc).get('author')?.value?.line).toBe(8);
    expect(doc.comments.map((c) => [c.line, c.column, c.body])).toEqual([[6, 1, 'design-check-disable-next-line structure/metadata-status']]);
  });
});

describe('normalizeLang', () => {
  it('maps aliases and drops a file name after the language', async () => {
    const { normalizeLang } = await import('../src/index.js');
    expect(['yml', 'YAML', 'yaml:refunds.yaml', '{.yml}', 'ts', 'feature', 'cucumber', 'jsonc', ''].map(normalizeLang)).toEqual([
      'yaml', 'yaml', 'yaml', 'yaml', 'typescript', 'gherkin', 'gherkin', 'json', '',
    ]);
  });
});
