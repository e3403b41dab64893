import { resolve } from 'node:path';
import { DesignDoc } from './model/document.js';
import { applyDirectives, readDirectives } from './suppressions.js';
import { resolveConfig, type ResolvedConfig } from './config/resolve.js';
import type { LoadedConfig } from './config/load.js';
import type { Diagnostic, FileResult, Plugin, RelatedDescriptor, RelatedLocation, ReportDescriptor, Rule, RuleContext, RulesConfig, Severity } from './types.js';
import { docsUrl } from './urls.js';
import { ruleId } from './ids.js';
import { ParseFailure, parseBounded, parseSource } from './model/bounded-parse.js';

/** Options of {@link check}. */
export interface CheckOptions {
  /** Path of the document, for messages, config overrides and relative links. */
  path?: string;
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
  /** Time budget of the markdown parse of a large document, in ms (default 10 000). */
  parseTimeoutMs?: number;
  /** Documents over this many characters are parsed in a worker that can be stopped (default 100 000). */
  parseInWorkerAbove?: number;
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

function sortAndDedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message))
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
    internalError: diagnostics.some((d) => d.ruleId.startsWith('internal/')),
  };
}

/** Parse the document, dropping directive-only lines inside tables so the table stays whole. */
export function parseForCheck(text: string, path: string): DesignDoc {
  const parsed = parseSource(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return new DesignDoc(text, path, parsed.tree, parsed.comments);
}

/**
 * Check one design document with the given plugins: parse once, run every enabled rule,
 * apply inline directives, and return the sorted findings.
 */
export async function check(text: string, options: CheckOptions): Promise<FileResult> {
  const path = options.path ?? 'design.md';
  const bytes = Buffer.byteLength(text, 'utf8');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes > maxBytes) {
    return toFileResult(path, [runnerFinding('input/too-large', `The document is ${bytes} bytes, over the limit of ${maxBytes}; split it into one design per mission.`)]);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return toFileResult(path, [runnerFinding('input/not-text', 'The file contains a NUL byte; a design document must be UTF-8 text.', line)]);
  }
  if (text.includes('\uFFFD')) {
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, at).split('\n');
    return toFileResult(path, [
      runnerFinding('input/bad-encoding', 'The file is not valid UTF-8 (replacement character found); save it as UTF-8.', before.length, before[before.length - 1].length + 1),
    ]);
  }
  const resolved = isResolved(options.config) ? options.config : resolveConfig(options.plugins, options.config, resolve(path), options.rules);
  let doc: DesignDoc;
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const parsed = await parseBounded(clean, { timeoutMs: options.parseTimeoutMs ?? 10_000, workerAbove: options.parseInWorkerAbove ?? 100_000 });
    doc = new DesignDoc(text, path, parsed.tree, parsed.comments);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    const message =
      e.kind === 'timeout'
        ? `The markdown parser did not finish within ${options.parseTimeoutMs ?? 10_000} ms; the document is too large or too deeply nested to check. Split it or flatten it.`
        : `The markdown could not be parsed (${e.message}); look for extremely deep nesting of lists or quotes.`;
    return toFileResult(path, [runnerFinding(e.kind === 'timeout' ? 'input/parse-timeout' : 'input/parse-error', message)]);
  }
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const timeoutMs = options.ruleTimeoutMs ?? 30_000;
  const found: Diagnostic[] = [];

  const jobs = options.plugins.flatMap((plugin) =>
    plugin.rules.map((rule) => ({ plugin, rule, id: ruleId(plugin.name, rule.name) })),
  );
  for (const { plugin, rule, id } of jobs) {
    const setting = resolved.rules.get(id);
    if (!setting || setting.severity === 'off') continue;
    try {
      if (rule.meta.appliesTo && !rule.meta.appliesTo(doc)) continue;
    } catch (e) {
      found.push(runnerFinding('internal/rule-crash', `Rule "${id}" crashed: ${(e as Error).message}. Please report this bug; other rules still ran.`));
      continue;
    }
    const url = docsUrl(id, plugin.docsBase);
    const controller = new AbortController();
    const ctx: RuleContext = {
      ruleId: id,
      doc,
      options: setting.options,
      projectRoot,
      signal: controller.signal,
      settings: resolved.settings,
      isEnabled: (other: string) => {
        const s = resolved.rules.get(other);
        // An engine source id that the config does not name follows its rule.
        if (other.includes(':') && !other.includes('/')) return s?.severity !== 'off';
        return !!s && s.severity !== 'off';
      },
      report: (d: ReportDescriptor) => {
        if (controller.signal.aborted) return;
        const template = rule.meta.messages[d.messageId];
        if (template === undefined) throw new Error(`unknown messageId "${d.messageId}"`);
        let severity: Severity = setting.severity as Severity;
        if (d.source) {
          const own = resolved.rules.get(d.source);
          if (own?.severity === 'off') return;
          if (own) severity = own.severity as Severity;
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
      },
    };
    try {
      const outcome = await runRule(rule, ctx, timeoutMs, controller);
      if (outcome === 'timeout') {
        found.push(runnerFinding('internal/rule-timeout', `Rule "${id}" did not finish within ${timeoutMs} ms and was stopped; its findings are missing. Disable it for this file or report the document.`));
      }
    } catch (e) {
      const err = e as Error;
      found.push(runnerFinding('internal/rule-crash', `Rule "${id}" crashed: ${err?.message ?? String(e)}. Please report this bug; other rules still ran.`));
    }
  }

  const directives = readDirectives(doc);
  const kept = applyDirectives(doc, directives, found.filter((d) => !d.ruleId.startsWith('internal/')));
  const unused = resolved.rules.get('core/unused-disable');
  if (!unused || unused.severity !== 'off') {
    for (const d of directives) {
      if (d.used || d.kind === 'enable') continue;
      const what = d.ids.length ? `"${d.ids.join(', ')}"` : 'any rule';
      kept.push({
        ruleId: 'core/unused-disable',
        severity: (unused?.severity as Severity) ?? 'warning',
        message: `Unused design-check-${d.kind} directive: no problem from ${what} was reported here; remove it.`,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        url: docsUrl('core/unused-disable'),
      });
    }
  }
  const internal = found.filter((d) => d.ruleId.startsWith('internal/'));
  return toFileResult(path, sortAndDedupe([...kept, ...internal]), doc.text);
}
