import { relative } from 'node:path';
import { ConfigError, type Diagnostic, type Severity } from '@design-check/core';
import { lintRule } from 'unified-lint-rule';
import { remarkSetting, type Engine, type Outcome, type ProcessorLike } from './engine.js';

type LintPlugin = ReturnType<typeof lintRule>;
type Transformer = NonNullable<ReturnType<LintPlugin>>;
type VFile = Parameters<Transformer>[1];
type Next = Parameters<Transformer>[2];
type Message = VFile['messages'][number];

/** A remark plugin of this preset: a lint rule, or the step that runs design-check. */
export type DesignPlugin = (this: ProcessorLike, config?: unknown) => Transformer | undefined;

/** The design-check severity and shown id of each message the preset emitted, until unified-lint-rule has stamped it. */
const emitted = new WeakMap<Message, { severity: Severity; ruleId: string }>();

function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A fix becomes remark's `expected` (an editor quick fix) only when it replaces exactly the reported range. */
function expectedOf(d: Diagnostic, text: string | undefined): string[] | undefined {
  if (!d.fix || text === undefined || d.endLine === undefined) return undefined;
  const start = pointAt(text, d.fix.range[0]);
  const end = pointAt(text, d.fix.range[1]);
  const same = start.line === d.line && start.column === d.column && end.line === d.endLine && end.column === d.endColumn;
  return same ? [d.fix.text] : undefined;
}

function emit(file: VFile, d: Diagnostic, text: string | undefined): void {
  const start = { line: d.line, column: d.column };
  const place = d.endLine !== undefined && d.endColumn !== undefined ? { start, end: { line: d.endLine, column: d.endColumn } } : start;
  // An engine finding goes by the engine's own id (`spectral:operation-tags`), as in the CLI's
  // reports: that id is what config and directives take.
  const message = file.message(d.message, { place, ruleId: d.source ?? d.ruleId, source: 'design-check' });
  if (d.url) message.url = d.url;
  const notes = [
    ...(d.source ? [`Engine rule: ${d.source} (configure it alone under that id).`] : []),
    ...(d.related ?? []).map((r) => `${r.line}:${r.column}: ${r.message}`),
  ];
  if (notes.length) message.note = notes.join('\n');
  const expected = expectedOf(d, text);
  if (expected) message.expected = expected;
  emitted.set(message, { severity: d.severity, ruleId: d.source ?? d.ruleId });
}

/**
 * Turn a failed run into one fatal message on the file, without a stack trace. A broken config
 * is stated in full on the first file it stopped, and named in one short line on the others.
 */
function reportFailure(engine: Engine, file: VFile, outcome: Outcome): void {
  if (!outcome.error || outcome.reported) return;
  outcome.reported = true;
  const error = outcome.error;
  const isConfig = error instanceof ConfigError;
  const first = isConfig ? engine.firstFileWith(error.message, file.path) : file.path;
  const reason = !isConfig
    ? `design-check could not check this file: ${error.message}`
    : first === file.path
      ? `design-check config error: ${error.message}`
      : `design-check did not check this file: the config error reported on ${relative(file.cwd, first ?? '') || first} applies here too`;
  const message = file.message(reason, { ruleId: isConfig ? 'config' : 'internal', source: 'design-check' });
  message.fatal = true;
  emitted.set(message, { severity: 'error', ruleId: message.ruleId! });
}

/**
 * A remark-lint rule (built with `unified-lint-rule`) that emits the findings of one
 * design-check rule, from the engine's single run over the file. Without a severity in remark
 * config, errors are fatal, warnings are warnings and infos are infos; `[rule, ['warn']]`,
 * `['error']` or `['off']` set it the remark way.
 */
export function designRule(engine: Engine, ruleId: string, url: string): DesignPlugin {
  const origin = `design-check:${ruleId}`;
  function attacher(this: ProcessorLike, config?: unknown): Transformer | undefined {
    const processor = this;
    const setting = remarkSetting(config);
    engine.register(processor, ruleId, setting);
    const emitAll = (file: VFile, outcome: Outcome): undefined => {
      reportFailure(engine, file, outcome);
      for (const d of outcome.result?.diagnostics ?? []) if (d.ruleId === ruleId) emit(file, d, outcome.result?.source);
      return undefined;
    };
    const plugin = lintRule({ origin, url }, (_tree, file) => {
      // After the runner step the outcome is ready and every rule emits synchronously: a file
      // then never holds fatal messages mid-transform, which makes unified-engine's queue flush
      // too early and stall when it processes many files at once.
      const ready = engine.ready(file);
      return ready ? emitAll(file, ready) : engine.outcome(file, processor).then((outcome) => emitAll(file, outcome));
    });
    const transform = plugin(config as Parameters<LintPlugin>[0]);
    if (!transform) return transform;
    return (tree, file, next) => {
      const from = file.messages.length;
      // unified-lint-rule stamps its rule id on every message, and `fatal` from the remark
      // severity: restore the engine's id, and design-check's severity unless remark config set one.
      const done: Next = (error, ...rest) => {
        for (const message of file.messages.slice(from)) {
          const known = emitted.get(message);
          if (!known) continue;
          message.ruleId = known.ruleId;
          if (!setting.severity) message.fatal = fatalOf(known.severity);
        }
        return next(error, ...rest);
      };
      return transform(tree, file, done);
    };
  }
  Object.defineProperty(attacher, 'name', { value: origin });
  return attacher;
}

/**
 * The first step of the preset: starts design-check on each file, reports a config it cannot
 * use, and emits the findings of the plugins a config loads (`plugins: [...]`), which have no
 * lint rule of their own in the preset: their severity comes from the design-check config.
 */
export function runnerPlugin(engine: Engine): DesignPlugin {
  return function designCheck(this: ProcessorLike) {
    const processor = this;
    return (_tree, file, next) => {
      engine.outcome(file, processor).then((outcome) => {
        reportFailure(engine, file, outcome);
        for (const d of outcome.result?.diagnostics ?? []) {
          if (engine.own.has(d.ruleId)) continue;
          emit(file, d, outcome.result?.source);
          const message = file.messages[file.messages.length - 1];
          message.fatal = fatalOf(d.severity);
        }
        next();
      }, next);
      return undefined;
    };
  };
}
