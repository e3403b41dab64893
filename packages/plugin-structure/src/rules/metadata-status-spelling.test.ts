import { describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { metadataStatusSpelling } from './metadata-status-spelling.js';

const withStatus = (value: string) => metadataDoc(['| **Mission ID** | MISSION-2026-031 |', `| **Status** | ${value} |`]);

new RuleTester({ plugin: 'structure' }).run(metadataStatusSpelling, {
  valid: [
    withStatus('in-review'),
    { name: 'capitals alone are the same word', code: withStatus('**Approved**') },
    { name: 'In-Review', code: withStatus('In-Review') },
    { name: 'an earlier status struck through', code: withStatus('~~In Review~~ approved') },
    { name: 'unknown statuses are metadata-status findings', code: withStatus('reviewing') },
    { name: 'placeholder', code: withStatus('_(in review)_') },
  ],
  invalid: [
    {
      name: 'in review',
      code: withStatus('in review'),
      errors: [{ messageId: 'spelling', data: { written: 'in review', status: 'in-review' }, line: 6, column: 16, endLine: 6, endColumn: 25 }],
      output: withStatus('in-review'),
    },
    {
      name: 'In Review, bold, with a note after it',
      code: withStatus('**In Review** (architecture review on 2026-03-16)'),
      errors: [{ messageId: 'spelling', data: { written: 'In Review', status: 'in-review' }, line: 6, column: 18, endLine: 6, endColumn: 27 }],
      output: withStatus('**in-review** (architecture review on 2026-03-16)'),
    },
    {
      name: 'in_review',
      code: withStatus('in_review'),
      errors: [{ messageId: 'spelling', data: { written: 'in_review', status: 'in-review' }, line: 6, column: 16 }],
      output: withStatus('in-review'),
    },
    {
      name: 'CRLF and a BOM are kept',
      code: `\uFEFF${withStatus('In  Review').replace(/\n/g, '\r\n')}`,
      errors: [{ messageId: 'spelling', data: { written: 'In  Review', status: 'in-review' }, line: 6, column: 16 }],
      output: `\uFEFF${withStatus('in-review').replace(/\n/g, '\r\n')}`,
    },
  ],
});

describe('the fix', () => {
  it('replaces the written word by the template value in the document text', async () => {
    const code = withStatus('**In Review** (architecture review on 2026-03-16)');
    const [d] = await lintWithRule(metadataStatusSpelling, code);
    const fixed = code.slice(0, d.fix!.range[0]) + d.fix!.text + code.slice(d.fix!.range[1]);
    expect(fixed.split('\n')[5]).toBe('| **Status** | **in-review** (architecture review on 2026-03-16) |');
  });
});
