import { RUNNER_RULES, docsUrl, ruleId, type Plugin } from '@design-check/core';
import { formatters, getFormatter, type Formatter, type FormatterContext } from '@design-check/formatters';
import { UsageError } from './files.js';

/** The rules' descriptions and pages, for a report that describes the rules it names (SARIF). */
export function ruleDescriptions(plugins: Plugin[]): FormatterContext['rules'] {
  const rules: NonNullable<FormatterContext['rules']> = {};
  for (const p of plugins) {
    for (const r of p.rules) rules[ruleId(p.name, r.name)] = { description: r.meta.description, url: docsUrl(ruleId(p.name, r.name), p.docsBase) };
  }
  for (const [id, description] of Object.entries(RUNNER_RULES)) rules[id] = { description, url: docsUrl(id) };
  return rules;
}

/** The formatters that quote the lines of a finding (the others need no document's text). */
export function quotesSource(formatter: Formatter): boolean {
  return formatter === formatters.stylish || formatter === formatters.html;
}

/** The formatter `--format` names; an unknown name is a usage error that lists the valid ones. */
export function getFormatterOrThrow(name: string): Formatter {
  try {
    return getFormatter(name);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
