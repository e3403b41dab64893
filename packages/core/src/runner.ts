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

const isInternal = (id: string) => id.startsWith('internal/');
import { ParseFailure, parseBounded, parseBudget } from './model/parse.js';
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
  /** Largest document accepted, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Time budget of the markdown parse, in ms (default: see `parseBudget`). */
  parseTimeoutMs?: number;
  /** Documents over this many characters are parsed in a thread that can be stopped (default 8 000). */
  parseInWorkerAbove?: number;
  /** Receives every file and folder the rules read or looked for (see `noteRead`), for caches. */
  reads?: Set<string>;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

function relatedOf(rule: Rule, r: RelatedDescriptor): RelatedLocation {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`unknown messageId "${r.messageId}" in a related location`);
  const { line, column, endLine, endColumn } = r.at;
  return { message: interpolate(template, r.data), line, column, ...(endLine !== undefined ? { endLine, endColumn } : {}), messageId: r.messageId, ...(r.data ? { data: r.data } : {}) };
}

function runnerFinding(ruleId: string, message: string, line = 1, column = 1): Diagnostic {
  return { ruleId, severity: 'error', message, line, column, url: docsUrl(ruleId) };
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

/** One finding about the file itself, before any rule runs: too large, not text, not UTF-8. */
function inputProblem(text: string, maxBytes: number): Diagnostic | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    return runnerFinding('input/too-large', `The document is ${bytes} bytes, over the limit of ${maxBytes}; split it into one design per mission.`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return runnerFinding('input/not-text', 'The file contains a NUL byte; a design document must be UTF-8 text.', line);
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const before = text.slice(0, bad).split('\n');
    return runnerFinding('input/bad-encoding', 'The file is not valid UTF-8 (replacement character found); save it as UTF-8.', before.length, before[before.length - 1].length + 1);
  }
  return undefined;
}

/** Parse within the time budget; a parser failure becomes one `input/…` finding. */
async function parseDocument(text: string, path: string, options: CheckOptions): Promise<DesignDoc | Diagnostic> {
  const timeoutMs = options.parseTimeoutMs ?? parseBudget(text);
  try {
    const parsed = await timed('parse', 'markdown (remark + gfm)', () => parseBounded(text, { timeoutMs, workerAbove: options.parseInWorkerAbove ?? 8_000 }));
    return new DesignDoc(parsed, path);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    return e.kind === 'timeout'
      ? runnerFinding('input/parse-timeout', `The markdown parser did not finish within ${timeoutMs} ms; the document is too large or too deeply nested to check. Split it or flatten it.`)
      : runnerFinding('input/parse-error', `The markdown could not be parsed (${e.message}); look for extremely deep nesting of lists or quotes.`);
  }
}

/**
 * The `report` of one rule's context: interpolates the rule's messages, applies the
 * configured severity (an engine source id may have its own) and stamps id and url.
 */
function reporter(rule: Rule, id: string, url: string, setting: RuleSetting, resolved: ResolvedConfig, signal: AbortSignal, found: Diagnostic[]) {
  return (d: ReportDescriptor): void => {
    if (signal.aborted) return;
    const template = rule.meta.messages[d.messageId];
    if (template === undefined) throw new Error(`unknown messageId "${d.messageId}"`);
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
      ...(d.at.endLine !== undefined ? { endLine: d.at.endLine, endColumn: d.at.endColumn } : {}),
      ...(d.source ? { source: d.source } : {}),
      url,
      ...(d.fix ? { fix: d.fix } : {}),
      ...(d.related?.length ? { related: d.related.map((r) => relatedOf(rule, r)) } : {}),
      messageId: d.messageId,
      ...(d.data ? { data: d.data } : {}),
    });
  };
}

/** Run every enabled rule of the plugins over the document; crashes and timeouts become `internal/…` findings. */
async function runRules(doc: DesignDoc, plugins: Plugin[], resolved: ResolvedConfig, projectRoot: string, timeoutMs: number): Promise<Diagnostic[]> {
  const found: Diagnostic[] = [];
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
        const report = reporter(rule, id, docsUrl(id, plugin.docsBase), setting, resolved, controller.signal, found);
        const ctx: RuleContext = { ruleId: id, doc, options: setting.options, projectRoot, signal: controller.signal, settings: resolved.settings, isEnabled, report };
        if ((await timed('rule', id, () => runRule(rule, ctx, timeoutMs, controller))) === 'timeout') {
          found.push(runnerFinding('internal/rule-timeout', `Rule "${id}" did not finish within ${timeoutMs} ms and was stopped; its findings are missing. Disable it for this file or report the document.`));
        }
      } catch (e) {
        // A rule that finds the project's own engine config broken stops the check like a broken design-check config.
        if (e instanceof ConfigError) throw e;
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
export async function check(text: string, options: CheckOptions): Promise<FileResult> {
  const path = options.path ?? 'design.md';
  const problem = inputProblem(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (problem) return toFileResult(path, [problem]);
  const resolved = isResolved(options.config) ? options.config : resolveConfig(options.plugins, options.config, resolve(path), options.rules);
  startEngines(text, resolved.plugins, resolved);
  const doc = await parseDocument(text, path, options);
  if (!(doc instanceof DesignDoc)) return toFileResult(path, [doc]);
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const found = await runRules(doc, resolved.plugins, resolved, projectRoot, options.ruleTimeoutMs ?? 30_000);
  const internal = found.filter((d) => isInternal(d.ruleId));
  const kept = directivePass(doc, resolved.plugins, resolved, found.filter((d) => !isInternal(d.ruleId)));
  for (const path of readsOf(doc)) options.reads?.add(path);
  return toFileResult(path, sortAndDedupe([...kept, ...internal]), doc.text);
}
