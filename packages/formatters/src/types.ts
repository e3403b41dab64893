import type { FileResult } from '@design-check/core';

/** What every formatter receives besides the results. */
export interface FormatterContext {
  /** Folder that report paths are made relative to. */
  cwd: string;
  /** Emit ANSI colours (only `stylish` uses them). */
  color?: boolean;
  /** Rule metadata by rule id, for formats that describe rules (SARIF). */
  rules?: Record<string, { description?: string; url?: string }>;
  /** Version of design-check, for formats that name the tool (SARIF). */
  version?: string;
}

/**
 * A pure function from results to report text. The text has no trailing newline; an empty
 * string means there is nothing to print.
 */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
