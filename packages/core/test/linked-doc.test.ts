import { describe, expect, it } from 'vitest';
import { parseLinkedDoc } from '../src/index.js';

describe('parseLinkedDoc', () => {
  it('parses a linked file once per path and content, and gives its anchors', async () => {
    const text = '# Outcome Contract\n\n## Acceptance Criteria\n\n1. Refunds settle within a day\n';
    const first = await parseLinkedDoc(text, '/project/OUTCOME-CONTRACT.md');
    expect(first?.anchors).toEqual(new Set(['outcome-contract', 'acceptance-criteria']));
    expect(await parseLinkedDoc(text, '/project/OUTCOME-CONTRACT.md')).toBe(first);
    expect(await parseLinkedDoc(`${text}2. Partial refunds\n`, '/project/OUTCOME-CONTRACT.md')).not.toBe(first);
    expect(await parseLinkedDoc(text, '/project/other/OUTCOME-CONTRACT.md')).not.toBe(first);
  });

  it('gives undefined for a file with a line nested past the bound, without parsing it', async () => {
    expect(await parseLinkedDoc(`# Notes\n\n${'> '.repeat(64)}deep\n`, '/project/NOTES.md')).toBeUndefined();
  });
});
