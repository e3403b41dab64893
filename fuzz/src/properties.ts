import { cpSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, type Diagnostic } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import { main, type CliIO } from 'design-check';
import { remark } from 'remark';
import { createPreset } from 'remark-preset-lint-design';
import { VFile } from 'vfile';
import { REPO, type Case } from './cases.js';

/** One finding as both the CLI's JSON report and remark state it. */
export interface Finding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/** A property that a case broke: what, and the case. */
export class PropertyFailure extends Error {}

/**
 * The project the cases are checked in: a git work tree holding a copy of the examples and the
 * project's own design, so that their links, Outcome Contracts and briefs resolve as in the
 * repository. Made once per process.
 */
export function fuzzProject(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'design-check-fuzz-')));
  mkdirSync(join(dir, '.git'));
  cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(REPO, 'docs/design'), join(dir, 'docs/design'), { recursive: true });
  mkdirSync(join(dir, 'docs/generated'), { recursive: true });
  return dir;
}

const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

function fromDiagnostics(list: Array<Pick<Diagnostic, 'ruleId' | 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message' | 'source'>>): Finding[] {
  return list
    .map(({ ruleId, severity, line, column, endLine, endColumn, message, source }) => ({ ruleId: source ?? ruleId, severity, line, column, endLine, endColumn, message }))
    .sort(byPosition);
}

/** The case through the CLI, as `cat doc | design-check - --stdin-filename <path> -f json` in the project. */
async function viaCli(c: Case, project: string): Promise<Finding[]> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: project, isTTY: false, readStdin: async () => c.bytes };
  const code = await main(['-f', 'json', '-', '--stdin-filename', c.path], io);
  if (code === 2 || stderr) throw new PropertyFailure(`the CLI exited ${code}: ${stderr.trim() || stdout.slice(0, 2000)}`);
  const report = JSON.parse(stdout) as { files: Array<{ diagnostics: Diagnostic[] }> };
  return fromDiagnostics(report.files[0]?.diagnostics ?? []);
}

const preset = createPreset({ allFiles: true });

/** The case through the remark preset, as remark-cli reads it: its bytes, its path, the project as working folder. */
async function viaRemark(c: Case, project: string): Promise<Finding[]> {
  const file = new VFile({ path: join(project, c.path), value: c.bytes, cwd: project });
  await remark().use(preset).process(file);
  return fromDiagnostics(
    file.messages
      .filter((m) => m.source === 'design-check')
      .map((m) => {
        const end = m.place && 'end' in m.place ? m.place.end : undefined;
        return {
          ruleId: String(m.ruleId),
          source: /^Engine rule: (\S+)/.exec(m.note ?? '')?.[1],
          severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
          line: m.line ?? 0,
          column: m.column ?? 0,
          endLine: end?.line,
          endColumn: end?.column,
          message: m.reason,
        } as Diagnostic;
      }),
  );
}

/** The number of lines of the document as checked (BOM dropped, any line end). */
function lineCount(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

function checkPlace(what: string, at: { line: number; column: number; endLine?: number; endColumn?: number }, lines: number): void {
  const ok = (n: unknown, min: number, max = Infinity) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  if (!ok(at.line, 1, lines) || !ok(at.column, 1)) throw new PropertyFailure(`${what} is at ${at.line}:${at.column}, outside the document (${lines} lines)`);
  if (at.endLine !== undefined && (!ok(at.endLine, at.line, lines) || !ok(at.endColumn, 1))) throw new PropertyFailure(`${what} ends at ${at.endLine}:${at.endColumn}, outside the document or before its start`);
}

/**
 * Check one case and throw a PropertyFailure when a property fails: the CLI neither crashes
 * nor exits 2; no `internal/…` finding; every finding (and, with `deep`, every related
 * location) lies in the document with a column of 1 or more; with `deep`, a second run through
 * core's `check()` gives the same findings (the same input, the same output); the remark
 * preset reports exactly what the CLI reports.
 */
export async function checkCase(c: Case, project: string, deep: boolean): Promise<void> {
  const lines = lineCount(c.bytes);
  const cli = await viaCli(c, project);
  const internal = cli.filter((f) => f.ruleId.startsWith('internal/'));
  if (internal.length) throw new PropertyFailure(`internal finding: ${internal.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('; ')}`);
  for (const f of cli) checkPlace(`${f.ruleId} "${f.message}"`, f, lines);
  if (deep) {
    const result = await check(c.bytes, { path: join(project, c.path), plugins: defaultPlugins, projectRoot: project });
    for (const d of result.diagnostics) for (const r of d.related ?? []) checkPlace(`a related location of ${d.ruleId} "${d.message}"`, r, lines);
    const again = fromDiagnostics(result.diagnostics);
    if (JSON.stringify(again) !== JSON.stringify(cli)) throw new PropertyFailure(`a second run gave other findings:\n${diff(cli, again)}`);
  }
  const viaPreset = await viaRemark(c, project);
  if (JSON.stringify(viaPreset) !== JSON.stringify(cli)) throw new PropertyFailure(`the remark preset and the CLI disagree:\n${diff(cli, viaPreset)}`);
}

/** The findings only one side has. */
function diff(a: Finding[], b: Finding[]): string {
  const key = (f: Finding) => JSON.stringify(f);
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return [...a.filter((f) => !kb.has(key(f))).map((f) => `- ${key(f)}`), ...b.filter((f) => !ka.has(key(f))).map((f) => `+ ${key(f)}`)].join('\n');
}
