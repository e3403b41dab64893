import { describe, expect, it } from 'vitest';
import type { FileResult } from '@design-check/core';
import { escapeData, escapeProperty, github } from './github.js';
import { context, results } from './__fixtures__/results.js';

describe('github', () => {
  it('prints one workflow command per diagnostic, titled with the rule id or the engine\'s own id', () => {
    expect(github(results, context).split('\n')).toEqual([
      "::error file=docs/api/refunds.md,line=12,col=5,endLine=12,endColumn=39,title=spectral%3Aoas3-schema::Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document",
      '::warning file=docs/api/refunds.md,line=20,col=1,title=structure/duplicate-heading::Heading "Risks & <Mitigations>": 100%25 duplicated,%0Asee line 3%0A↳ 3:1 first defined here',
      '::notice file=README.md,line=1,col=1,title=slo/missing-budget::No error budget, add one',
    ]);
  });

  it('escapes properties and data by GitHub rules', () => {
    expect(escapeData('a%b\r\nc: d, e')).toBe('a%25b%0D%0Ac: d, e');
    expect(escapeProperty('a%b\r\nc: d, e')).toBe('a%25b%0D%0Ac%3A d%2C e');
    const input: FileResult[] = [
      {
        path: '/repo/docs/a,b:c%.md',
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        diagnostics: [{ ruleId: 'x/y', severity: 'error', message: '100%\r\n::done', line: 2, column: 3 }],
      },
    ];
    expect(github(input, context)).toBe('::error file=docs/a%2Cb%3Ac%25.md,line=2,col=3,title=x/y::100%25%0D%0A::done');
  });

  it('drops endColumn when the range spans lines', () => {
    const input: FileResult[] = [
      {
        path: 'a.md',
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
        diagnostics: [{ ruleId: 'x/y', severity: 'warning', message: 'm', line: 2, column: 3, endLine: 4, endColumn: 7 }],
      },
    ];
    expect(github(input, context)).toBe('::warning file=a.md,line=2,col=3,endLine=4,title=x/y::m');
  });

  it('prints nothing without diagnostics', () => {
    expect(github([results[2]], context)).toBe('');
    expect(github([], context)).toBe('');
  });
});
