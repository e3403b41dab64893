import { ENGINE_THREAD_MEMORY_MB, ENGINES_LANE, EngineFailure, canRunInThread, defineModel, runInThread, timed, warmInThread, type DesignDoc, type RuleContext } from '@design-check/core';
import { tsBlocks } from './blocks.js';
import { compileSettingsOf, DEFAULT_SETTINGS, settingsKey, type CompileSettings } from './settings.js';
import type { TsDeclaration, TypeScriptModel } from './types.js';
import type { CompileOutput } from './engine/thread.js';
import { plainBlocks } from './engine/plain.js';

/** The engine thread's module: the compile runs there, where a compile past its budget is stopped. */
const THREAD = new URL('./engine/thread.js', import.meta.url).href;

/** How long loading the compiler and its lib files ahead of the first document may take (a busy machine included). */
const WARM_BUDGET_MS = 60_000;

let preloaded: Promise<void> | undefined;

/**
 * Load the compiler and parse the lib files of the default settings where the compiles run (the
 * artifact engines' thread, shared with Redocly and Spectral), ahead of the first document that needs them: the runner calls it while that
 * document is parsed. A failure is left to the compile, which reports it.
 */
export function preloadTypeScript(): Promise<void> {
  preloaded ??= timed('engine', 'typescript (load)', () =>
    canRunInThread(import.meta.url) ? warmInThread<void>(THREAD, 'warmUp', DEFAULT_SETTINGS, WARM_BUDGET_MS, ENGINES_LANE) : import('./engine/compile.js').then((m) => m.warmUp(DEFAULT_SETTINGS)),
  ).catch(() => undefined);
  return preloaded;
}

const model = defineModel(
  'typescript-model/model',
  async (doc: DesignDoc, settings: CompileSettings): Promise<TypeScriptModel> => {
    const blocks = tsBlocks(doc);
    if (blocks.length === 0) return { blocks, diagnostics: [], declarations: [], names: [] };
    const bytes = blocks.reduce((n, b) => n + b.block.value.length, 0);
    if (bytes > settings.maxBytes) return { blocks, diagnostics: [], declarations: [], names: [], tooLarge: { bytes, limit: settings.maxBytes } };
    const empty = { blocks, diagnostics: [], declarations: [], names: [] };
    // TypeScript is loaded only here, for a document that has TypeScript blocks: in the engine
    // thread, where a compile past its budget is stopped (from sources, as tests run, here).
    if (!canRunInThread(import.meta.url)) {
      const { compileOrTooDeep } = await import('./engine/thread.js');
      return { blocks, ...compileOrTooDeep(blocks, settings) };
    }
    try {
      const input = { blocks: plainBlocks(blocks), settings };
      const out = await timed('engine', 'typescript (compile)', () => runInThread<CompileOutput>(THREAD, 'compileText', input, settings.timeoutMs, ENGINES_LANE));
      return { blocks, ...out };
    } catch (e) {
      if (e instanceof EngineFailure && e.kind === 'timeout') return { ...empty, timedOut: { ms: settings.timeoutMs } };
      if (e instanceof EngineFailure && e.kind === 'memory') return { ...empty, outOfMemory: { mb: ENGINE_THREAD_MEMORY_MB } };
      throw new Error(`the TypeScript compiler failed: ${(e as Error).message}`);
    }
  },
  settingsKey,
);

/**
 * The TypeScript model of a document: its ```typescript / ```ts blocks compiled in memory as
 * one program (strict, ES lib, no Node types, nothing emitted or run), with the compiler's
 * diagnostics and the declared types located in the markdown. Built once per document (and
 * `settings.typescript`), shared by every rule of every plugin; TypeScript is loaded only for a
 * document that has such a block.
 */
export function typeScriptModel(doc: DesignDoc, settings: Record<string, unknown> = {}): Promise<TypeScriptModel> {
  return model(doc, compileSettingsOf(settings));
}

/** The TypeScript model of the document a rule is checking, with the config's settings. */
export function typeScriptModelOf(ctx: Pick<RuleContext, 'doc' | 'settings'>): Promise<TypeScriptModel> {
  return typeScriptModel(ctx.doc, ctx.settings);
}

/** True when the blocks were compiled: not too large, not stopped (time or memory), not too deep. */
export function isCompiled(model: TypeScriptModel): boolean {
  return !model.tooLarge && !model.timedOut && !model.outOfMemory && !model.tooDeep;
}

/** The interfaces, type aliases and enums that the document's TypeScript blocks declare. */
export async function typeScriptDeclarations(doc: DesignDoc, settings: Record<string, unknown> = {}): Promise<TsDeclaration[]> {
  return (await typeScriptModel(doc, settings)).declarations;
}
