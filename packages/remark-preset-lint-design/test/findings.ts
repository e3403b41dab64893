import { resolve } from 'node:path';

/** One finding, as both the CLI and remark can state it. */
export interface Finding {
  /** The id the finding is shown under: the engine's own id for an engine finding, else the rule id. */
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** The engine's own id, e.g. `spectral:operation-tags`. */
  source?: string;
}

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<Finding & { url?: string }> }>;
}

/** Sort key: position, then rule, then message. */
export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Findings by absolute path from `design-check --format json` run in `cwd`. */
export function fromCliJson(stdout: string, cwd: string): Map<string, Finding[]> {
  const report = JSON.parse(stdout) as JsonReport;
  const out = new Map<string, Finding[]>();
  for (const f of report.files) {
    out.set(
      resolve(cwd, f.path),
      f.diagnostics
        .map(({ ruleId, severity, line, column, endLine, endColumn, message, source }) => ({ ruleId: source ?? ruleId, severity, line, column, endLine, endColumn, message, ...(source ? { source } : {}) }))
        .sort(byPosition),
    );
  }
  return out;
}

interface MessageLike {
  ruleId?: string | null;
  fatal?: boolean | null;
  line?: number | null;
  column?: number | null;
  place?: { start?: { line: number; column: number }; end?: { line: number; column: number } } | { line: number; column: number } | null;
  reason: string;
  note?: string | null;
  source?: string | null;
}

/** Findings from the messages remark left on a vfile (only the preset's). */
export function fromMessages(messages: readonly MessageLike[]): Finding[] {
  return messages
    .filter((m) => m.source === 'design-check')
    .map((m) => {
      const end = m.place && 'end' in m.place ? m.place.end : undefined;
      const source = /^Engine rule: (\S+)/.exec(m.note ?? '')?.[1];
      return {
        ruleId: String(m.ruleId),
        severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
        line: m.line ?? 0,
        column: m.column ?? 0,
        endLine: end?.line,
        endColumn: end?.column,
        message: m.reason,
        ...(source ? { source } : {}),
      } satisfies Finding;
    })
    .sort(byPosition);
}

const ROW = /^\s*(\d+):(\d+)(?:-(\d+):(\d+))?\s+(error|warning|info)\s+(.*\S)\s+(\S+)\s+design-check\s*$/;

/**
 * Findings by absolute path from remark-cli's default report (`--no-color`): a line naming
 * the file, then one row per message ending in `ruleId source`.
 */
export function parseRemarkReport(stderr: string, cwd: string): Map<string, Array<Omit<Finding, 'source'>>> {
  const out = new Map<string, Array<Omit<Finding, 'source'>>>();
  let current: Array<Omit<Finding, 'source'>> | undefined;
  for (const line of stderr.split('\n')) {
    const row = ROW.exec(line);
    if (row && current) {
      const [, l, c, el, ec, severity, message, ruleId] = row;
      current.push({ ruleId, severity: severity as Finding['severity'], line: +l, column: +c, endLine: el ? +el : undefined, endColumn: ec ? +ec : undefined, message });
    } else if (/^\S/.test(line) && !/^\d+ messages?|^[✖⚠]/.test(line)) {
      const path = line.replace(/: no issues found$/, '').trim();
      current = [];
      out.set(resolve(cwd, path), current);
    }
  }
  for (const list of out.values()) list.sort(byPosition);
  return out;
}
