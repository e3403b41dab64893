import { describe, expect, it } from 'vitest';
import type { FileResult } from '@design-check/core';
import { escapeXmlAttribute, escapeXmlText, junit } from './junit.js';
import { context, results } from './__fixtures__/results.js';

describe('junit', () => {
  it('prints one suite per file and one failing case per diagnostic', () => {
    expect(junit(results, context)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="design-check" tests="4" failures="3" errors="0">',
        '  <testsuite name="docs/api/refunds.md" tests="2" failures="2" errors="0">',
        '    <testcase classname="docs/api/refunds.md" name="openapi/unresolved-ref">',
        '      <failure message="Unexpected $ref &apos;#/components/schemas/Refund&apos;, expected a schema defined in this document" type="error">' +
          "12:5 Unexpected $ref '#/components/schemas/Refund', expected a schema defined in this document",
        'source: spectral:oas3-schema',
        'docs: https://example.com/rules/openapi/unresolved-ref</failure>',
        '    </testcase>',
        '    <testcase classname="docs/api/refunds.md" name="structure/duplicate-heading">',
        '      <failure message="Heading &quot;Risks &amp; &lt;Mitigations&gt;&quot;: 100% duplicated,&#10;see line 3" type="warning">' +
          '20:1 Heading "Risks &amp; &lt;Mitigations&gt;": 100% duplicated,',
        'see line 3',
        '↳ 3:1 first defined here</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="README.md" tests="1" failures="1" errors="0">',
        '    <testcase classname="README.md" name="slo/missing-budget">',
        '      <failure message="No error budget, add one" type="info">1:1 No error budget, add one</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="docs/clean.md" tests="1" failures="0" errors="0">',
        '    <testcase classname="docs/clean.md" name="design-check" />',
        '  </testsuite>',
        '</testsuites>',
      ].join('\n'),
    );
  });

  it('escapes markup, quotes and line breaks', () => {
    expect(escapeXmlAttribute(`a<b>&"c'\t\r\n`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#9;&#13;&#10;');
    expect(escapeXmlText(`a<b>&"c'\r\n`)).toBe(`a&lt;b&gt;&amp;"c'&#13;\n`);
  });

  it('replaces characters that XML 1.0 forbids', () => {
    expect(escapeXmlAttribute('a\u0000b\u001bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXmlText('ok 😀 \uDC00')).toBe('ok 😀 \uFFFD');
  });

  it('escapes paths in attributes', () => {
    const input: FileResult[] = [
      { path: '/repo/docs/a&"b".md', errorCount: 0, warningCount: 0, infoCount: 0, diagnostics: [] },
    ];
    expect(junit(input, context)).toContain('<testsuite name="docs/a&amp;&quot;b&quot;.md" tests="1"');
  });

  it('prints an empty report for no files', () => {
    expect(junit([], context)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="design-check" tests="0" failures="0" errors="0">\n</testsuites>',
    );
  });
});
