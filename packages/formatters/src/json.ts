import type { Diagnostic, FileResult } from '@design-check/core';
import type { Formatter, FormatterContext } from './types.js';
import { countResults, relativePath } from './util.js';

/** One diagnostic of the JSON report: the stable output contract, nothing more. */
export interface JsonDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  source?: string;
  url?: string;
}

/** The JSON report (`--format json`), version 1 of the output contract. */
export interface JsonReport {
  version: 1;
  files: { path: string; diagnostics: JsonDiagnostic[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** Copies the contract's keys in the contract's order, leaving out the undefined ones. */
function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
  };
  if (d.endLine !== undefined) out.endLine = d.endLine;
  if (d.endColumn !== undefined) out.endColumn = d.endColumn;
  if (d.source !== undefined) out.source = d.source;
  if (d.url !== undefined) out.url = d.url;
  return out;
}

/** Builds the JSON report object; every checked file is listed, with or without findings. */
export function toJsonReport(results: FileResult[], context: FormatterContext): JsonReport {
  const totals = countResults(results);
  return {
    version: 1,
    files: results.map((r) => ({
      path: relativePath(context.cwd, r.path),
      diagnostics: r.diagnostics.map(toJsonDiagnostic),
    })),
    summary: { files: results.length, ...totals },
  };
}

/** Formats results as the JSON output contract, pretty-printed with two spaces. */
export const json: Formatter = (results, context) =>
  JSON.stringify(toJsonReport(results, context), null, 2);
