import { oneLine, visible } from './stylish.js';
import type { Formatter } from './types.js';
import { relativePath, shownRuleId } from './util.js';

/**
 * Formats results one finding per line, like ESLint's `unix` format, for editors' error lists
 * and `grep`: `path:line:col: severity message [rule-id]`, an engine finding under its own id.
 */
export const compact: Formatter = (results, context) =>
  results
    .flatMap((r) => {
      const file = visible(relativePath(context.cwd, r.path));
      return r.diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.severity} ${oneLine(d.message)} [${visible(shownRuleId(d))}]`);
    })
    .join('\n');
