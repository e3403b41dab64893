import path from 'node:path';
import type { Diagnostic, FileResult } from '@design-check/core';

/** Counts of findings by severity over a set of results. */
export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

/** Returns `file` relative to `cwd`, with forward slashes, whether it was absolute or not. */
export function relativePath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** Counts the diagnostics of each severity (from the diagnostics themselves, not the counters). */
export function countSeverities(diagnostics: readonly Diagnostic[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') totals.errors++;
    else if (d.severity === 'warning') totals.warnings++;
    else totals.infos++;
  }
  return totals;
}

/** Sums `countSeverities` over all results. */
export function countResults(results: readonly FileResult[]): Totals {
  return countSeverities(results.flatMap((r) => r.diagnostics));
}

/** `1 error`, `2 errors`, `0 infos`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The id a finding is shown under: an engine finding's own id (`spectral:operation-tags`),
 * which config, `--rule` and directives accept, else its rule id.
 */
export function shownRuleId(d: Diagnostic): string {
  return d.source ?? d.ruleId;
}
