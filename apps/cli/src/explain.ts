import { readFileSync } from 'node:fs';
import { RUNNER_RULES, closestName, docsUrl, ruleId, type Plugin } from '@design-check/core';
import { UsageError } from './files.js';
import type { CliIO } from './io.js';

/** The page of a rule as shipped in the package (`dist/rules/<plugin>/<rule>.md`), if any. */
function shippedPage(id: string): string | undefined {
  if (!/^[\w-]+\/[\w-]+$/.test(id)) return undefined;
  try {
    return readFileSync(new URL(`./rules/${id}.md`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `design-check --explain <rule-id>`: print the rule's page, offline. An engine's id
 * (`spectral:operation-tags`) gets the page of the rule that runs that engine; an unknown id
 * is a usage error with the nearest known id.
 */
export function explain(id: string, plugins: Plugin[], io: CliIO): number {
  const rules = new Map<string, { description: string; url: string }>();
  for (const p of plugins) for (const r of p.rules) rules.set(ruleId(p.name, r.name), { description: r.meta.description, url: docsUrl(ruleId(p.name, r.name), p.docsBase) });
  for (const [runner, description] of Object.entries(RUNNER_RULES)) rules.set(runner, { description, url: docsUrl(runner) });
  let shown = id;
  let intro = '';
  if (!rules.has(id) && id.includes(':')) {
    const engine = id.slice(0, id.indexOf(':'));
    const runner = [...rules.keys()].find((k) => k.endsWith(`/${engine}`));
    if (runner) {
      shown = runner;
      intro = `${id} is a rule of ${engine}, which design-check runs as ${runner}; set it alone under "${id}" in config, --rule or directives.\n\n`;
    }
  }
  const rule = rules.get(shown);
  if (!rule) {
    const hint = closestName(id, rules.keys());
    throw new UsageError(`Unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; design-check --list-rules lists every rule.`, false);
  }
  const page = shippedPage(shown) ?? `# ${shown}\n\n${rule.description}\n\nMore: ${rule.url}\n`;
  io.stdout(`${intro}${page.endsWith('\n') ? page : `${page}\n`}`);
  return 0;
}
