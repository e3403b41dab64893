import { describe, expect, it } from 'vitest';
import { brief, fixture, lintAll } from './helpers.js';

describe('before/after fragments', () => {
  const text = fixture('before-after.md');

  it('a fence marked openapi=false (the current version) stays out of the merge: no conflict with the new one', async () => {
    expect(await lintAll(text)).toEqual([]);
  });

  it('without the mark the two versions conflict, as before', async () => {
    expect(brief(await lintAll(text.replace('```yaml openapi=false', '```yaml')))).toEqual(['34:5 openapi/fragment-conflict']);
  });

  it('the marked block is not checked either, even when it is broken', async () => {
    const broken = text.replace("        '404': {description: No such refund.}\n```\n\nAfter", "        '404': {description: No such refund.\n```\n\nAfter");
    expect(broken).not.toBe(text);
    expect(await lintAll(broken)).toEqual([]);
  });
});
