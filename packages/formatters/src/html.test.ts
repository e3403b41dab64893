import { describe, expect, it } from 'vitest';
import type { FileResult } from '@design-check/core';
import { escapeHtml, html } from './html.js';
import { context, results } from './__fixtures__/results.js';

describe('html', () => {
  const page = html(results, context);

  it('is one self-contained page: inline style and script, a policy that forbids loading anything', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|url\(/i);
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('lists each finding with its severity, plugin, excerpt and rule link, and filters by severity and plugin', () => {
    expect(page.match(/<li class="finding /g)).toHaveLength(3);
    expect(page).toContain('data-severity="error" data-plugin="openapi"');
    expect(page).toContain('<a class="rule" href="https://example.com/rules/openapi/unresolved-ref" target="_blank" rel="noopener noreferrer">spectral:oas3-schema</a>');
    expect(page).toContain('<span class="ln at">12 |     $ref: &#39;#/components/schemas/Refund&#39;</span>\n<span class="caret">   |     ^</span>');
    for (const p of ['openapi', 'slo', 'structure']) expect(page).toContain(`name="plugin" value="${p}" checked`);
    for (const s of ['error', 'warning', 'info']) expect(page).toContain(`name="severity" value="${s}" checked`);
    expect(page).toContain('<tr><th scope="row">openapi</th><td>1</td><td>0</td><td>0</td></tr><tr><th scope="row">structure</th><td>0</td><td>1</td><td>0</td></tr>');
  });

  it('escapes what documents and messages hold, and links only web pages', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe('&#60;script&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/script&#62;');
    const hostile: FileResult[] = [
      {
        path: '/repo/<b>.md',
        source: '| **Status** | <img src=x onerror=alert(1)> |',
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        diagnostics: [{ ruleId: 'x/y', severity: 'error', message: '</script><script>alert(1)</script>', line: 1, column: 14, url: 'javascript:alert(1)' }],
      },
    ];
    const out = html(hostile, context);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('javascript:');
    expect(out.match(/<script>/g)).toHaveLength(1);
  });
});
