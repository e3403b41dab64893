import { resolve } from 'node:path';
import type { Diagnostic, FileResult, Fix } from './types.js';
import { check, type CheckOptions } from './runner.js';
import { resolveConfig, type ResolvedConfig } from './config/resolve.js';
import { ruleId } from './ids.js';

/** One pass of fixes over a text. */
export interface AppliedFixes {
  /** The text with the fixes applied. */
  text: string;
  /** The findings whose fix was applied, in document order. */
  applied: Diagnostic[];
}

/** What {@link fixDocument} did. */
export interface FixResult {
  /** The document after every pass, BOM and line endings kept. */
  output: string;
  /** The findings of the fixed document (what is left to do by hand). */
  result: FileResult;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** How many passes changed the text. */
  passes: number;
}

/** Options of {@link fixDocument}: those of `check`, and which findings to fix. */
export interface FixOptions extends CheckOptions {
  /** Fix only the findings this accepts (default: every finding with a fix). */
  only?: (d: Diagnostic) => boolean;
  /** At most this many passes (default 10); a pass re-checks the text the last one produced. */
  maxPasses?: number;
}

/** The line ending a text mostly uses, for the line breaks a fix inserts. */
function lineEnding(text: string): string {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = text.match(/(?<!\r)\n/g)?.length ?? 0;
  return crlf > lf ? '\r\n' : '\n';
}

/** True when a fix's range lies in the text and cuts no line ending or character in two. */
function fits(fix: Fix, text: string): boolean {
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return false;
  const splits = (i: number) => (text[i - 1] === '\r' && text[i] === '\n') || (/[\uD800-\uDBFF]/.test(text[i - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[i] ?? ''));
  return typeof fix.text === 'string' && !splits(start) && !splits(end);
}

/**
 * Apply the fixes of `diagnostics` to `text` (the document without its BOM, in whose offsets
 * fixes are given), in document order. Fixes never overlap: one whose range starts at or before
 * the end of a fix already applied waits for the next pass (as ESLint does). Nothing outside the
 * fixes' ranges changes; a line break in a fix's text is written as the document writes them.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const eol = lineEnding(text);
  const candidates = diagnostics
    .filter((d): d is Diagnostic & { fix: Fix } => !!d.fix && fits(d.fix, text))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: Diagnostic[] = [];
  let out = '';
  let last = -1;
  for (const d of candidates) {
    const [start, end] = d.fix.range;
    if (start <= last) continue;
    const replacement = d.fix.text.replace(/\r\n|\r|\n/g, eol);
    if (text.slice(start, end) === replacement) continue;
    out += text.slice(Math.max(last, 0), start) + replacement;
    last = end;
    applied.push(d);
  }
  return { text: applied.length ? out + text.slice(Math.max(last, 0)) : text, applied };
}

/**
 * Check a document, apply its fixes, and check again, in passes until no fix is left (or
 * `maxPasses`): a fix that overlapped another is applied in a later pass, against the text as it
 * then is. The BOM and the line endings are kept; running it again on the output changes nothing.
 */
export async function fixDocument(raw: string, options: FixOptions): Promise<FixResult> {
  const { only = () => true, maxPasses = 10, ...checkOptions } = options;
  const config = resolvedOf(checkOptions);
  const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let body = bom ? raw.slice(1) : raw;
  let result = await check(raw, { ...checkOptions, config });
  // The passes after the first run the fixable rules alone; the fixed text is then checked in full once.
  const fixableOnly = { ...checkOptions, config: onlyFixable(config) };
  let fixed = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const { text, applied } = applyFixes(body, result.diagnostics.filter((d) => d.fix && only(d)));
    if (applied.length === 0) break;
    body = text;
    fixed += applied.length;
    passes++;
    result = await check(bom + body, fixableOnly);
  }
  if (passes > 0) result = await check(bom + body, { ...checkOptions, config });
  return { output: bom + body, result, fixed, passes };
}

function resolvedOf(options: CheckOptions): ResolvedConfig {
  const c = options.config;
  if (c && (c as ResolvedConfig).rules instanceof Map) return c as ResolvedConfig;
  return resolveConfig(options.plugins, c as Parameters<typeof resolveConfig>[1], resolve(options.path ?? 'design.md'), options.rules);
}

/** The config with every rule that offers no fix turned off (and no directive findings). */
function onlyFixable(config: ResolvedConfig): ResolvedConfig {
  const fixable = new Set(config.plugins.flatMap((p) => p.rules.filter((r) => r.meta.fixable).map((r) => ruleId(p.name, r.name))));
  const rules = new Map([...config.rules].map(([id, s]) => [id, fixable.has(id) ? s : { ...s, severity: 'off' as const }]));
  rules.set('core/unused-disable', { severity: 'off', options: undefined, explicit: true });
  return { ...config, rules };
}

/** How many findings of the results offer a fix (the "fixable with --fix" count). */
export function countFixable(results: readonly FileResult[]): number {
  return results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix).length, 0);
}
