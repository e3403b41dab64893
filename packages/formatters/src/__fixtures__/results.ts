import type { FileResult } from '@design-check/core';
import type { FormatterContext } from '../types.js';

/** The folder the reports are relative to. */
export const cwd = '/repo';

/** A context without colour, as on CI. */
export const context: FormatterContext = {
  cwd,
  version: '0.1.0',
  rules: {
    'openapi/unresolved-ref': {
      description: 'Every $ref resolves inside the document',
      url: 'https://example.com/rules/openapi/unresolved-ref',
    },
  },
};

const refundsSource = [
  '# Refunds',
  ...Array.from({ length: 9 }, (_, i) => `line ${i + 2}`),
  '```yaml',
  "    $ref: '#/components/schemas/Refund'",
  '```',
  ...Array.from({ length: 6 }, (_, i) => `line ${i + 14}`),
  '## Risks & <Mitigations>',
].join('\n');

/** Three files: findings of every severity in a sub-folder, one info at the root, one clean file. */
export const results: FileResult[] = [
  {
    path: '/repo/docs/api/refunds.md',
    source: refundsSource,
    errorCount: 1,
    warningCount: 1,
    infoCount: 0,
    diagnostics: [
      {
        ruleId: 'openapi/unresolved-ref',
        severity: 'error',
        message: "Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document",
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 39,
        source: 'spectral:oas3-schema',
        url: 'https://example.com/rules/openapi/unresolved-ref',
        messageId: 'unresolved',
        data: { ref: '#/components/schemas/Refund' },
        fix: { range: [10, 12], text: 'x' },
      },
      {
        ruleId: 'structure/duplicate-heading',
        severity: 'warning',
        message: 'Heading "Risks & <Mitigations>": 100% duplicated,\nsee line 3',
        line: 20,
        column: 1,
        related: [{ line: 3, column: 1, message: 'first defined here' }],
      },
    ],
  },
  {
    path: 'README.md',
    errorCount: 0,
    warningCount: 0,
    infoCount: 1,
    diagnostics: [
      { ruleId: 'slo/missing-budget', severity: 'info', message: 'No error budget, add one', line: 1, column: 1 },
    ],
  },
  { path: '/repo/docs/clean.md', source: '# Clean\n', errorCount: 0, warningCount: 0, infoCount: 0, diagnostics: [] },
];
