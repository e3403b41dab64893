import { siteOf, type OpenApiModel } from '@design-check/openapi-model';
import type { Location } from '@design-check/core';
import type { RuleContext } from '@design-check/core';
import { ENGINE_MAX_DEPTH, type EngineFinding, type EngineResult } from './common.js';
import { ownProblemOf, withHint } from './filters.js';

/** Message ids shared by the engine-wrapping rules. */
export type EngineMessageId = 'finding' | 'config' | 'timeout' | 'tooDeep';

/** Messages of the engine-wrapping rules. */
export const ENGINE_MESSAGES: Record<EngineMessageId, string> = {
  finding: '{{message}}',
  config: '{{engine}} config {{file}}: {{message}}',
  timeout: '{{engine}} did not finish within {{ms}} ms, so its findings for this document are missing; split the fragments or raise settings.openapi.timeoutMs',
  tooDeep: '{{engine}} was not run: with the files its $refs name, the description nests deeper than {{depth}} levels; name the inner schemas under components and $ref them',
};

/** Whether a rule id or source id is on (true when the host cannot tell). */
export function enabled(ctx: RuleContext<unknown, string>, id: string): boolean {
  return ctx.isEnabled ? ctx.isEnabled(id) : true;
}

/**
 * Whether an engine finding is left to another rule: an own rule that judges the same kind
 * of problem (when that rule is on), or the external-ref policy (our resolvers refuse every
 * external `$ref`, so an engine's "cannot resolve" there says nothing new).
 */
export function ownedElsewhere(ctx: RuleContext<unknown, string>, model: OpenApiModel, f: EngineFinding): boolean {
  // In a referenced file, the engines' findings are the only ones: the own rules judge the document's fragments.
  if (f.file) return false;
  const own = ownProblemOf(f, model.merged.description);
  if (!own) return false;
  return own === 'external-ref' || enabled(ctx, `openapi/${own}`);
}

/**
 * Where an engine finding is reported in the markdown, and a key for "the same place": its own
 * line, or, for a finding in a referenced file, the document's `$ref` that leads to the file
 * (the key then names the place in the file).
 */
export function placeOf(model: OpenApiModel, f: EngineFinding): { at: Location; key: string } {
  if (!f.file) {
    const at = model.locate(f.path);
    return { at, key: String(at.line) };
  }
  const site = siteOf(model, f.file.via);
  const at = site ? model.locateIn(site.fragment, site.path) : model.locate([]);
  return { at, key: `${f.file.shown}:${f.file.line}` };
}

/**
 * Report one engine's result: each finding at the markdown place of its JSON path, with its
 * engine id as `source` and the engine's severity; config issues and a timeout as findings.
 * `skip` drops findings that another engine reports already.
 */
export function reportEngine(
  ctx: RuleContext<unknown, EngineMessageId>,
  engine: 'Redocly' | 'Spectral',
  model: OpenApiModel,
  result: EngineResult,
  skip: (f: EngineFinding, key: string) => boolean = () => false,
): void {
  const first = model.fragments[0]?.block;
  const fence = first ? { line: first.line, column: first.column } : { line: 1, column: 1 };
  for (const issue of result.issues) {
    ctx.report({ messageId: 'config', data: { engine, file: issue.file, message: issue.message.replace(/\.$/, '') }, at: fence });
  }
  if (result.timedOut) ctx.report({ messageId: 'timeout', data: { engine, ms: model.limits.timeoutMs }, at: fence });
  if (result.tooDeep) ctx.report({ messageId: 'tooDeep', data: { engine, depth: ENGINE_MAX_DEPTH }, at: fence });
  for (const f of result.findings) {
    if (ctx.signal.aborted) return;
    if (ownedElsewhere(ctx, model, f)) continue;
    const { at, key } = placeOf(model, f);
    if (skip(f, key)) continue;
    const message = f.file ? `${f.file.shown}:${f.file.line}:${f.file.column}: ${f.message}` : withHint(f, model.merged.description);
    const file = f.file ? { file: f.file.shown, fileLine: f.file.line, fileColumn: f.file.column } : {};
    ctx.report({ messageId: 'finding', data: { message, code: f.code, ...file }, at, source: f.source, severity: f.severity, engineConfigured: !!result.named?.has(f.code) });
  }
}
