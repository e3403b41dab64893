import { ENGINE_THREAD_MEMORY_MB, EngineFailure, canRunInThread, defineModel, runInThread, type DesignDoc, type RuleContext } from '@design-check/core';
import { tsBlocks } from './blocks.js';
import { compileSettingsOf, settingsKey, type CompileSettings } from './settings.js';
import type { TsDeclaration, TypeScriptModel } from './types.js';
import type { CompileOutput } from './engine/thread.js';
import { plainBlocks } from './engine/plain.js';

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
      const out = await runInThread<CompileOutput>(new URL('./engine/thread.js', import.meta.url).href, 'compileText', input, settings.timeoutMs);
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
