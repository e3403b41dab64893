import { check, type CheckOptions, type Diagnostic } from '@design-check/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import gherkin from '../src/index.js';

/** Join lines into a markdown document (line 1 is the first argument). */
export function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A ```gherkin fence around `lines`. */
export function fence(...lines: string[]): string[] {
  return ['```gherkin', ...lines, '```'];
}

/** A fixture's path and text. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Run every gherkin rule (recommended) over a document. */
export async function lintAll(text: string, opts: Partial<CheckOptions> = {}): Promise<Diagnostic[]> {
  const result = await check(text, { path: 'design.md', plugins: [gherkin], ...opts });
  return result.diagnostics;
}

/** `line:column ruleId messageId` of each finding, for compact assertions. */
export function brief(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.messageId}`);
}
