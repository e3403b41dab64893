import { describe, expect, it } from 'vitest';
import { looksLikeDesign, scanHeadings } from '../src/index.js';

describe('looksLikeDesign', () => {
  it('reads ATX and setext headings, not fenced code, table rules or list items', () => {
    const text = 'Search v1\n=========\n\nContext and Goals\n-----------------\n\n```md\n# Not a heading\n```\n\n| a | b |\n|---|---|\n\n- item\n---\n\n## 3. Open Questions\n';
    expect(scanHeadings(text)).toEqual(['Search v1', 'Context and Goals', 'Open Questions'.replace(/^/, '3. ')]);
  });

  it('takes a "Technical Design" title or three template sections', () => {
    expect(looksLikeDesign('# Technical Design: Refunds\n')).toBe(true);
    expect(looksLikeDesign('Metadata\n========\n\n## 2) Context & Goals\n\n## Open Questions & Risks\n')).toBe(true);
    expect(looksLikeDesign('# Brief\n\n## Metadata\n\n## Goals\n')).toBe(false);
    expect(looksLikeDesign('# Notes\n\n```\n# Technical Design\n```\n')).toBe(false);
  });
});
