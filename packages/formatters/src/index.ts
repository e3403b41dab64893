import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export type { JsonDiagnostic, JsonReport } from './json.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeXmlAttribute, escapeXmlText } from './junit.js';
export { toJsonReport } from './json.js';
export { compact, github, html, json, junit, markdown, sarif, stylish };
export { escapeHtml } from './html.js';
export { escapeMarkdown, MARKDOWN_BUDGET } from './markdown.js';
export { shownRuleId } from './util.js';

/** The name of a built-in formatter, as given to `--format`. */
export type FormatterName = 'stylish' | 'compact' | 'json' | 'sarif' | 'github' | 'junit' | 'markdown' | 'html';

/** The built-in formatters by name. */
export const formatters: Record<FormatterName, Formatter> = { stylish, compact, json, sarif, github, junit, markdown, html };

/** Returns the formatter called `name`, or throws an Error that lists the valid names. */
export function getFormatter(name: string): Formatter {
  if (Object.hasOwn(formatters, name)) return formatters[name as FormatterName];
  const valid = Object.keys(formatters).join(', ');
  throw new Error(`Unknown format "${name}", expected one of: ${valid}`);
}
