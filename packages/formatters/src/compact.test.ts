import { describe, expect, it } from 'vitest';
import type { FileResult } from '@design-check/core';
import { compact } from './compact.js';
import { context, results } from './__fixtures__/results.js';

describe('compact', () => {
  it('prints one line per finding: path:line:col: severity message [rule-id], engine findings under their own id', () => {
    expect(compact(results, context).split('\n')).toEqual([
      "docs/api/refunds.md:12:5: error Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document [spectral:oas3-schema]",
      'docs/api/refunds.md:20:1: warning Heading "Risks & <Mitigations>": 100% duplicated, see line 3 [structure/duplicate-heading]',
      'README.md:1:1: info No error budget, add one [slo/missing-budget]',
    ]);
  });

  it('keeps each finding on its line and escapes control characters', () => {
    const input: FileResult[] = [
      {
        path: '/repo/a.md',
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        diagnostics: [{ ruleId: 'x/y', severity: 'error', message: 'two\r\n\tlines \u001b[2J', line: 2, column: 3 }],
      },
    ];
    expect(compact(input, context)).toBe('a.md:2:3: error two lines \\u001b[2J [x/y]');
  });

  it('prints nothing without diagnostics', () => {
    expect(compact([results[2]], context)).toBe('');
    expect(compact([], context)).toBe('');
  });
});
