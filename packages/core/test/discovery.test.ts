import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDesignFile, looksLikeDesign, scanHeadings } from '../src/index.js';

const read = (name: string) => readFileSync(new URL(`./discovery/${name}`, import.meta.url), 'utf8');
const example = (path: string) => readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');

describe('looksLikeDesign', () => {
  it('reads ATX and setext headings, not fenced code, table rules or list items', () => {
    const text = 'Search v1\n=========\n\nContext and Goals\n-----------------\n\n```md\n# Not a heading\n```\n\n| a | b |\n|---|---|\n\n- item\n---\n\n## 3. Open Questions\n';
    expect(scanHeadings(text)).toEqual(['Search v1', 'Context and Goals', 'Open Questions'.replace(/^/, '3. ')]);
  });

  it.each(['refund-service/TECHNICAL-DESIGN.md', 'search-indexing/TECHNICAL-DESIGN.md', 'defects/missing-sections.md', 'defects/openapi-defects.md'])(
    'takes the design %s',
    (path) => expect(looksLikeDesign(example(path))).toBe(true),
  );

  it('takes a draft with its Metadata table and a few sections, and a design that lost its Metadata (CRLF, numbered)', () => {
    expect(looksLikeDesign(read('draft-design.md'))).toBe(true);
    expect(looksLikeDesign(read('no-metadata-design.md'))).toBe(true);
  });

  it.each(['index-README.md', 'HOWTO.md', 'service-README.md', 'CHANGELOG.md', 'BRIEF.md', 'OUTCOME-CONTRACT.md'])('does not take %s', (name) => {
    expect(looksLikeDesign(read(name))).toBe(false);
  });

  it.each(['refund-service/BRIEF.md', 'refund-service/OUTCOME-CONTRACT.md', 'defects/BRIEF.md', 'README.md'])('does not take examples/%s', (path) => {
    expect(looksLikeDesign(example(path))).toBe(false);
  });

  it('a title is not enough, nor a Metadata table alone or one in fenced code', () => {
    expect(looksLikeDesign('# Technical Design: Refunds\n')).toBe(false);
    const meta = '## Metadata\n\n| Field | Value |\n|---|---|\n| **Status** | draft |\n';
    expect(looksLikeDesign(`# Refunds\n\n${meta}\n## Context & Goals\n`)).toBe(false);
    expect(looksLikeDesign(`# Refunds\n\n${meta}\n## Context & Goals\n\n## Open Questions\n`)).toBe(true);
    expect(looksLikeDesign(`# Refunds\n\n## Metadata\n\n\`\`\`\n${meta}\`\`\`\n\n## Context & Goals\n\n## Open Questions\n`)).toBe(false);
    const across = '## Metadata\n\n| Mission ID | Status | Author |\n|---|---|---|\n| M-1 | draft | Ana |\n\n## Context & Goals\n\n## Data Model\n';
    expect(looksLikeDesign(across)).toBe(true);
  });
});

describe('isDesignFile', () => {
  it('follows the config\'s files patterns when there are any, else the content', () => {
    const loaded = { config: { files: ['docs/**/TECHNICAL-DESIGN.md'] }, dir: '/repo' };
    expect(isDesignFile(loaded, '/repo/docs/a/TECHNICAL-DESIGN.md', '# Notes\n')).toBe(true);
    expect(isDesignFile(loaded, '/repo/docs/a/HOWTO.md', example('refund-service/TECHNICAL-DESIGN.md'))).toBe(false);
    expect(isDesignFile({ config: {}, dir: '/repo' }, '/repo/x.md', read('draft-design.md'))).toBe(true);
    expect(isDesignFile(undefined, '/repo/x.md', read('HOWTO.md'))).toBe(false);
  });
});
