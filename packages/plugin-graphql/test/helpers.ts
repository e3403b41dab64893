import { check, parseDesignDoc, type CheckOptions, type Diagnostic } from '@design-check/core';
import { typeScriptModel } from '@design-check/typescript-model';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import graphql from '../src/index.js';

/** Join lines into a markdown document (line 1 is the first argument). */
export function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Run every graphql rule (recommended) over a document. */
export async function lintAll(text: string, opts: Partial<CheckOptions> = {}): Promise<Diagnostic[]> {
  return (await check(text, { path: 'design.md', plugins: [graphql], ...opts })).diagnostics;
}

/** `line:column ruleId messageId data` of each finding, for compact assertions. */
export function compact(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.messageId} ${JSON.stringify(d.data)}`);
}

/**
 * Load TypeScript and parse its lib files once for the test file (what the first check of a
 * process does), so that no single test pays for it: `beforeAll(warmUp, WARM_UP_MS)`.
 */
export async function warmUp(): Promise<void> {
  await typeScriptModel(parseDesignDoc('```ts\ntype A = Record<string, number>;\n```\n', 'warm-up.md'));
}

/** Time allowed for {@link warmUp} on a busy machine. */
export const WARM_UP_MS = 180_000;
