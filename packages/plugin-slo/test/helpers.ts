import { check, resolveConfig, type CheckOptions, type Diagnostic } from '@design-check/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import slo from '../src/index.js';

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** The folder of the fixtures, the project root of their local links. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Run every slo rule (recommended, or the given preset) over a document. */
export async function lintAll(text: string, opts: Partial<CheckOptions> & { preset?: 'recommended' | 'strict' } = {}): Promise<Diagnostic[]> {
  const config = resolveConfig([slo], { config: { extends: [opts.preset ?? 'recommended'], ...(opts.config as object | undefined) }, dir: FIXTURES });
  const result = await check(text, { path: `${FIXTURES}design.md`, plugins: [slo], projectRoot: FIXTURES, ...opts, config });
  return result.diagnostics;
}

/** `line:column ruleId messageId` of each finding, for compact assertions. */
export function brief(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.messageId}`);
}
