import { check, resolveConfig, type Diagnostic, type Plugin } from '@design-check/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stride from '../src/index.js';

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Run the plugins' rules (recommended, or strict) over a document. */
export async function lint(text: string, { plugins = [stride], extend = 'recommended' }: { plugins?: Plugin[]; extend?: 'recommended' | 'strict' } = {}): Promise<Diagnostic[]> {
  const config = resolveConfig(plugins, { config: { extends: [extend] }, dir: '.' });
  return (await check(text, { path: 'design.md', plugins, config })).diagnostics;
}

/** `line:column ruleId messageId` of each finding, with `↳ line:column` of its related locations. */
export function brief(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.messageId}${(d.related ?? []).map((r) => ` ↳ ${r.line}:${r.column}`).join('')}`);
}
