import { resolve } from 'node:path';
import { DesignDoc } from './model/document.js';
import { applyDirectives, readDirectives } from './suppressions.js';
import { resolveConfig, type ResolvedConfig, type RuleSetting } from './config/resolve.js';
import type { LoadedConfig } from './config/load.js';
import type { Diagnostic, FileResult, Plugin, RelatedDescriptor, RelatedLocation, ReportDescriptor, Rule, RuleContext, RulesConfig, Severity } from './types.js';
import { docsUrl } from './urls.js';
import { isSourceId, ruleId } from './ids.js';
import { ConfigError } from './config/validate.js';
import { unknownId, type UnknownId } from './config/known-ids.js';

import { MAX_NESTING, ParseFailure, parseBounded, parseBudget } from './model/parse.js';
import { DEFAULT_MAX_BYTES, decodeInput, runnerFinding } from './input.js';

/** Findings of the runner about the input and about itself: never suppressed by directives. */
const isRunner = (id: string) => id.startsWith('internal/') || id.startsWith('input/');
const isInternal = (id: string) => id.startsWith('internal/');
import { timed } from './timing.js';
import { readsOf } from './reads.js';

/** Options of {@link check}. */
export interface CheckOptions {
  /** Path of the document, for messages, config overrides and relative links. */
  path?: string;
  /** The plugins to run (with a resolved config, those it was resolved with, which include the plugins the configs load). */
  plugins: Plugin[];
  /** A resolved config, a loaded config file, or nothing for the recommended rules. */
  config?: ResolvedConfig | LoadedConfig;
  /** Extra rule settings (the CLI's `--rule`), applied last. */
  rules?: RulesConfig;
  /** Folder that file references may not leave; defaults to the current folder. */
  projectRoot?: string;
  /** Time budget of one rule, in ms (default 30 000). */
  ruleTimeoutMs?: number;
  /** Largest document accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Time budget of the markdown parse, in ms (default: see `parseBudget`). */
  parseTimeoutMs?: number;
  /** Documents over this many characters are parsed in a thread that can be stopped (default 8 000). */
  parseInWorkerAbove?: number;
  /** Receives every file and folder the rules read or looked for (see `noteRead`), for caches. */
  reads?: Set<string>;
}

function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** Throw when a rule reports a place that is not in the document: a rule bug, reported as its crash. */
function checkPlace(at: { line: number; column: number }, lineCount: number): void {
  const { line, column } = at;
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || line > lineCount || column < 1) {
    throw new Error(`it reported a finding at ${line}:${column}, which is not in the document (lines 1 to ${lineCount})`);
  }
}

/** The end of a range, kept only when it is a real place at or after its start. */
function endOf(at: { line: number; column: number; endLine?: number; endColumn?: number }, lineCount: number): { endLine?: number; endColumn?: number } {
  const { line, column, endLine, endColumn } = at;
  if (endLine === undefined || endColumn === undefined) return {};
  const valid = Number.isInteger(endLine) && Number.isInteger(endColumn) && endLine <= lineCount && endColumn >= 1 && (endLine > line || (endLine === line && endColumn >= column));
  return valid ? { endLine, endColumn } : {};
}

function relatedOf(rule: Rule, r: RelatedDescriptor, lineCount: number): RelatedLocation {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`unknown messageId "${r.messageId}" in a related location`);
  checkPlace(r.at, lineCount);
  const { line, column } = r.at;
  return { message: interpolate(template, r.data), line, column, ...endOf(r.at, lineCount), messageId: r.messageId, ...(r.data ? { data: r.data } : {}) };
}

function isResolved(c: CheckOptions['config']): c is ResolvedConfig {
  return !!c && (c as ResolvedConfig).rules instanceof Map;
}

async function runRule(rule: Rule, ctx: RuleContext, timeoutMs: number, controller: AbortController): Promise<'ok' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((res) => {
    timer = setTimeout(() => {
      controller.abort();
      res('timeout');
    }, timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(rule.check(ctx)).then(() => 'ok' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sort by position, then rule id and engine id; findings of one rule at one place keep the
 * order the rule reported them in (missing sections in the template's order, say).
 */
function sortAndDedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || (a.source ?? '').localeCompare(b.source ?? ''))
    .filter((d) => {
      const key = `${d.ruleId}|${d.line}|${d.column}|${d.source ?? ''}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Count findings by severity into a file result. */
export function toFileResult(path: string, diagnostics: Diagnostic[], source?: string): FileResult {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return {
    path,
    diagnostics,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    source,
    internalError: diagnostics.some((d) => isInternal(d.ruleId)),
  };
}

/** Parse within the time budget; a parser failure becomes one `input/…` finding. */
async function parseDocument(text: string, path: string, options: CheckOptions): Promise<DesignDoc | Diagnostic> {
  const timeoutMs = options.parseTimeoutMs ?? parseBudget(text);
  try {
    const parsed = await timed('parse', 'markdown (remark + gfm)', () => parseBounded(text, { timeoutMs, workerAbove: options.parseInWorkerAbove ?? 8_000 }));
    return new DesignDoc(parsed, path);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    if (e.kind === 'depth') return runnerFinding('input/parse-error', `The markdown nests ${MAX_NESTING} or more quotes and lists on this line, deeper than design-check parses; flatten it.`, e.line);
    return e.kind === 'timeout'
      ? runnerFinding('input/parse-timeout', `The markdown parser did not finish within ${timeoutMs} ms; the document is too large or too deeply nested to check. Split it or flatten it.`)
      : runnerFinding('input/parse-error', `The markdown could not be parsed (${e.message}); look for extremely deep nesting of lists or quotes.`);
  }
}

/**
 * The `report` of one rule's context: interpolates the rule's messages, applies the
 * configured severity (an engine source id may have its own) and stamps id and url.
 */
function reporter(rule: Rule, id: string, url: string, setting: RuleSetting, resolved: ResolvedConfig, signal: AbortSignal, found: Diagnostic[], lineCount: number) {
  return (d: ReportDescriptor): void => {
    if (signal.aborted) return;
    const template = rule.meta.messages[d.messageId];
    if (template === undefined) throw new Error(`unknown messageId "${d.messageId}"`);
    checkPlace(d.at, lineCount);
    const related = d.related?.map((r) => relatedOf(rule, r, lineCount));
    let severity: Severity = setting.severity as Severity;
    if (d.source) {
      // A preset's setting of an engine id yields to the user's setting of the rule and to
      // the project's engine config; the user's own setting of the id always counts.
      const own = resolved.rules.get(d.source);
      const counts = own && (own.explicit || (!setting.explicit && !d.engineConfigured));
      if (counts && own.severity === 'off') return;
      if (counts) severity = own.severity as Severity;
      else if (d.severity && !setting.explicit) severity = d.severity;
    }
    found.push({
      ruleId: id,
      severity,
      message: interpolate(template, d.data),
      line: d.at.line,
      column: d.at.column,
      ...endOf(d.at, lineCount),
      ...(d.source ? { source: d.source } : {}),
      url,
      ...(d.fix ? { fix: d.fix } : {}),
      ...(related?.length ? { related } : {}),
      messageId: d.messageId,
      ...(d.data ? { data: d.data } : {}),
    });
  };
}

/** Run every enabled rule of the plugins over the document; crashes and timeouts become `internal/…` findings. */
async function runRules(doc: DesignDoc, plugins: Plugin[], resolved: ResolvedConfig, projectRoot: string, timeoutMs: number): Promise<Diagnostic[]> {
  const found: Diagnostic[] = [];
  // A model that several rules share fails once: its error is reported once, by the first rule.
  const crashes = new Set<unknown>();
  const isEnabled = (other: string) => {
    const s = resolved.rules.get(other);
    // An engine source id that the config does not name follows its rule.
    if (isSourceId(other)) return s?.severity !== 'off';
    return !!s && s.severity !== 'off';
  };
  for (const plugin of plugins) {
    for (const rule of plugin.rules) {
      const id = ruleId(plugin.name, rule.name);
      const setting = resolved.rules.get(id);
      if (!setting || setting.severity === 'off') continue;
      try {
        if (rule.meta.appliesTo && !rule.meta.appliesTo(doc)) continue;
        const controller = new AbortController();
        const report = reporter(rule, id, docsUrl(id, plugin.docsBase), setting, resolved, controller.signal, found, doc.lines.length);
        const ctx: RuleContext = { ruleId: id, doc, options: setting.options, projectRoot, signal: controller.signal, settings: resolved.settings, isEnabled, report };
        if ((await timed('rule', id, () => runRule(rule, ctx, timeoutMs, controller))) === 'timeout') {
          found.push(runnerFinding('internal/rule-timeout', `Rule "${id}" did not finish within ${timeoutMs} ms and was stopped; its findings are missing. Disable it for this file or report the document.`));
        }
      } catch (e) {
        // A rule that finds the project's own engine config broken stops the check like a broken design-check config.
        if (e instanceof ConfigError) throw e;
        if (crashes.has(e)) continue;
        crashes.add(e);
        found.push(runnerFinding('internal/rule-crash', `Rule "${id}" crashed: ${(e as Error)?.message ?? String(e)}. Please report this bug; other rules still ran.`));
      }
    }
  }
  return found;
}

function unknownText(u: UnknownId): string {
  return `${u.what} "${u.id}"${u.hint ? ` (did you mean "${u.hint}"?)` : ''}`;
}

/**
 * Apply the document's inline directives, and report those that suppress nothing; a directive
 * that names an unknown rule says which (it can suppress nothing).
 */
function directivePass(doc: DesignDoc, plugins: Plugin[], resolved: ResolvedConfig, found: Diagnostic[]): Diagnostic[] {
  const directives = readDirectives(doc);
  const kept = applyDirectives(doc, directives, found);
  const unused = resolved.rules.get('core/unused-disable');
  if (unused?.severity === 'off') return kept;
  for (const d of directives) {
    const unknown = d.ids.map((id) => unknownId(plugins, id, true)).filter((u): u is UnknownId => !!u);
    let message: string;
    if (unknown.length) {
      message = `The design-check-${d.kind} directive names an unknown ${unknown.map(unknownText).join(' and an unknown ')}, which suppresses nothing; fix the id or remove it.`;
    } else if (d.used || d.kind === 'enable') {
      continue;
    } else {
      const what = d.ids.length ? `"${d.ids.join(', ')}"` : 'any rule';
      message = `Unused design-check-${d.kind} directive: no problem from ${what} was reported here; remove it.`;
    }
    kept.push({
      ruleId: 'core/unused-disable',
      severity: (unused?.severity as Severity) ?? 'warning',
      message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      url: docsUrl('core/unused-disable'),
    });
  }
  return kept;
}

/**
 * Start loading, without waiting, the engines that the document's text shows it needs and that
 * an enabled rule uses: they load while the markdown is parsed. A failed load is left to the
 * rule that needs the engine, which reports it as it always has.
 */
function startEngines(text: string, plugins: Plugin[], resolved: ResolvedConfig): void {
  for (const plugin of plugins) {
    for (const engine of plugin.engines ?? []) {
      if (!engine.usedBy.some((id) => (resolved.rules.get(id)?.severity ?? 'off') !== 'off')) continue;
      try {
        if (engine.neededBy(text)) engine.load().catch(() => undefined);
      } catch {
        // A hint that fails is no hint: the rules load the engine when they need it.
      }
    }
  }
}

/**
 * Check one design document with the given plugins: parse once, run every enabled rule,
 * apply inline directives, and return the sorted findings.
 */
export async function check(input: string | Uint8Array, options: CheckOptions): Promise<FileResult> {
  const path = options.path ?? 'design.md';
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('stop' in decoded) return toFileResult(path, [decoded.stop]);
  const resolved = isResolved(options.config) ? options.config : resolveConfig(options.plugins, options.config, resolve(path), options.rules);
  const runner: Diagnostic[] = decoded.warning ? [decoded.warning] : [];
  // The parse is queued first: the engines load in the engine thread behind it, while the rules
  // that need no engine run here.
  const parsing = parseDocument(decoded.text, path, options);
  startEngines(decoded.text, resolved.plugins, resolved);
  const doc = await parsing;
  if (!(doc instanceof DesignDoc)) return toFileResult(path, [...runner, doc]);
  try {
    const projectRoot = resolve(options.projectRoot ?? process.cwd());
    const found = await runRules(doc, resolved.plugins, resolved, projectRoot, options.ruleTimeoutMs ?? 30_000);
    runner.push(...found.filter((d) => isRunner(d.ruleId)));
    const kept = directivePass(doc, resolved.plugins, resolved, found.filter((d) => !isRunner(d.ruleId)));
    for (const read of readsOf(doc)) options.reads?.add(read);
    return toFileResult(path, sortAndDedupe([...kept, ...runner]), doc.text);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    // A failure outside any rule (the document model, the directives) is still one finding of this file.
    const crash = runnerFinding('internal/check-crash', `The check of this document failed: ${(e as Error)?.message ?? String(e)}. Please report this bug.`);
    return toFileResult(path, [...runner, crash], doc.text);
  }
}
