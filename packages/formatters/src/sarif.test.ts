import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv-draft-04';
import type { FileResult } from '@design-check/core';
import { sarif } from './sarif.js';
import { context, cwd, results } from './__fixtures__/results.js';

// ajv-draft-04 is CommonJS; its class is both `module.exports` and `exports.default`.
const Ajv = AjvModule.default;
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  // The schema's `language` pattern has a stray `]` that is only legal without the `u` flag.
  unicodeRegExp: false,
  formats: {
    uri: (value: string) => URL.canParse(value),
    'uri-reference': (value: string) => URL.canParse(value, 'file:///base/'),
    'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
  },
});
const validate = ajv.compile(schema);

describe('sarif', () => {
  const log = JSON.parse(sarif(results, context));

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('fails validation for a broken log, so the check above can fail', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/tool/driver', '/runs/0/results/0/level']),
    );
  });

  it('describes the tool and one rule per rule id, in order of first sight', () => {
    expect(log.runs[0].tool.driver).toEqual({
      name: 'design-check',
      version: '0.1.0',
      informationUri: 'https://www.npmjs.com/package/design-check',
      rules: [
        {
          id: 'openapi/unresolved-ref',
          shortDescription: { text: 'Every $ref resolves inside the document' },
          helpUri: 'https://example.com/rules/openapi/unresolved-ref',
        },
        { id: 'structure/duplicate-heading' },
        { id: 'slo/missing-budget' },
      ],
    });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('maps each diagnostic to a result with level, region and related locations', () => {
    const [error, warning, info] = log.runs[0].results;
    expect(error).toEqual({
      ruleId: 'openapi/unresolved-ref',
      ruleIndex: 0,
      level: 'error',
      message: { text: "Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/api/refunds.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 39 },
          },
        },
      ],
      properties: { source: 'spectral:oas3-schema' },
    });
    expect(warning.level).toBe('warning');
    expect(warning.ruleIndex).toBe(1);
    expect(warning.message.text).toBe('Heading "Risks & <Mitigations>": 100% duplicated,\nsee line 3');
    expect(warning.locations[0].physicalLocation.region).toEqual({ startLine: 20, startColumn: 1 });
    expect(warning.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'first defined here' },
        physicalLocation: {
          artifactLocation: { uri: 'docs/api/refunds.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1 },
        },
      },
    ]);
    expect(info.level).toBe('note');
    expect(info.ruleIndex).toBe(2);
    expect(info.locations[0].physicalLocation.artifactLocation.uri).toBe('README.md');
  });

  it('percent-encodes paths, takes helpUri from the diagnostic and omits an unknown version', () => {
    const input: FileResult[] = [
      {
        path: `${cwd}/docs/my design#1.md`,
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        diagnostics: [
          { ruleId: 'x/y', severity: 'error', message: 'm', line: 1, column: 1, url: 'https://example.com/x/y' },
        ],
      },
    ];
    const out = JSON.parse(sarif(input, { cwd }));
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
    expect(out.runs[0].tool.driver.version).toBeUndefined();
    expect(out.runs[0].tool.driver.rules).toEqual([{ id: 'x/y', helpUri: 'https://example.com/x/y' }]);
    expect(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'docs/my%20design%231.md',
    );
  });

  it('is a valid, empty run without results', () => {
    const out = JSON.parse(sarif([], context));
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
    expect(out.runs[0].results).toEqual([]);
    expect(out.runs[0].tool.driver.rules).toEqual([]);
  });
});
