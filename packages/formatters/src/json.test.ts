import { describe, expect, it } from 'vitest';
import type { FileResult } from '@design-check/core';
import { json, toJsonReport } from './json.js';
import { context, results } from './__fixtures__/results.js';

describe('json', () => {
  it('prints exactly the output contract', () => {
    expect(json(results, context)).toBe(`{
  "version": 1,
  "files": [
    {
      "path": "docs/api/refunds.md",
      "diagnostics": [
        {
          "ruleId": "openapi/unresolved-ref",
          "severity": "error",
          "message": "Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document",
          "line": 12,
          "column": 5,
          "endLine": 12,
          "endColumn": 39,
          "source": "spectral:oas3-schema",
          "url": "https://example.com/rules/openapi/unresolved-ref"
        },
        {
          "ruleId": "structure/duplicate-heading",
          "severity": "warning",
          "message": "Heading \\"Risks & <Mitigations>\\": 100% duplicated,\\nsee line 3",
          "line": 20,
          "column": 1
        }
      ]
    },
    {
      "path": "README.md",
      "diagnostics": [
        {
          "ruleId": "slo/missing-budget",
          "severity": "info",
          "message": "No error budget, add one",
          "line": 1,
          "column": 1
        }
      ]
    },
    {
      "path": "docs/clean.md",
      "diagnostics": []
    }
  ],
  "summary": {
    "files": 3,
    "errors": 1,
    "warnings": 1,
    "infos": 1
  }
}`);
  });

  it('leaves out messageId, data, fix, related and undefined optional keys', () => {
    const report = JSON.parse(json(results, context));
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(Object.keys(report.files[0].diagnostics[0])).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'source', 'url',
    ]);
    expect(Object.keys(report.files[0].diagnostics[1])).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column',
    ]);
  });

  it('keeps the contract even when a diagnostic has explicit undefined keys', () => {
    const input: FileResult[] = [
      {
        path: '/repo/a.md',
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        diagnostics: [
          { ruleId: 'x/y', severity: 'error', message: 'm', line: 1, column: 2, endLine: undefined, source: undefined },
        ],
      },
    ];
    expect(toJsonReport(input, context).files[0].diagnostics[0]).toStrictEqual({
      ruleId: 'x/y',
      severity: 'error',
      message: 'm',
      line: 1,
      column: 2,
    });
  });

  it('prints an empty report for no files', () => {
    expect(json([], context)).toBe(
      '{\n  "version": 1,\n  "files": [],\n  "summary": {\n    "files": 0,\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  }\n}',
    );
  });
});
