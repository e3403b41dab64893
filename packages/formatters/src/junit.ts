import type { Diagnostic } from '@design-check/core';
import type { Formatter } from './types.js';
import { countResults, relativePath } from './util.js';

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Characters that XML 1.0 forbids outright, lone surrogates included; they become U+FFFD.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute value (whitespace kept as character references). */
export function escapeXmlAttribute(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]);
}

/** Escapes text for XML character data (line breaks kept, `\r` kept as a reference). */
export function escapeXmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/[&<>\r]/g, (c) => XML_ENTITIES[c]);
}

function attributes(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

function testcase(file: string, d: Diagnostic): string[] {
  const details = [`${d.line}:${d.column} ${d.message}`];
  for (const r of d.related ?? []) details.push(`↳ ${r.line}:${r.column} ${r.message}`);
  if (d.source !== undefined) details.push(`source: ${d.source}`);
  if (d.url !== undefined) details.push(`docs: ${d.url}`);
  return [
    `    <testcase${attributes({ classname: file, name: d.ruleId })}>`,
    `      <failure${attributes({ message: d.message, type: d.severity })}>${escapeXmlText(details.join('\n'))}</failure>`,
    '    </testcase>',
  ];
}

/**
 * Formats results as JUnit XML: one test suite per file, one failing test case per
 * diagnostic, and one passing test case for a file without findings.
 */
export const junit: Formatter = (results, context) => {
  const totals = countResults(results);
  const failures = totals.errors + totals.warnings + totals.infos;
  const tests = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'design-check', tests, failures, errors: 0 })}>`,
  ];
  for (const r of results) {
    const file = relativePath(context.cwd, r.path);
    const count = r.diagnostics.length;
    const suite = { name: file, tests: Math.max(1, count), failures: count, errors: 0 };
    lines.push(`  <testsuite${attributes(suite)}>`);
    if (count === 0) lines.push(`    <testcase${attributes({ classname: file, name: 'design-check' })} />`);
    for (const d of r.diagnostics) lines.push(...testcase(file, d));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
};
