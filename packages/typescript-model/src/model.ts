import { defineModel, timed, type DesignDoc, type RuleContext } from '@design-check/core';
import { tsBlocks } from './blocks.js';
import { compileSettingsOf, DEFAULT_SETTINGS, settingsKey, type CompileSettings } from './settings.js';
import type { TsDeclaration, TypeScriptModel } from './types.js';

type Engine = typeof import('./engine/compile.js');

let engine: Promise<Engine> | undefined;
let preloaded: Promise<void> | undefined;

/** Load the TypeScript compiler once per process, on first use (only documents with a TypeScript block need it). */
export function loadTypeScript(): Promise<Engine> {
  return (engine ??= timed('engine', 'typescript (load)', () => import('./engine/compile.js')));
}

/**
 * Load the compiler and parse the lib files of the default settings, ahead of the first document
 * that needs them (the runner calls it while that document is parsed).
 */
export function preloadTypeScript(): Promise<void> {
  return (preloaded ??= loadTypeScript().then((m) => timed('engine', 'typescript (lib files)', () => m.warmUp(DEFAULT_SETTINGS))));
}

const model = defineModel(
  'typescript-model/model',
  async (doc: DesignDoc, settings: CompileSettings): Promise<TypeScriptModel> => {
    const blocks = tsBlocks(doc);
    if (blocks.length === 0) return { blocks, diagnostics: [], declarations: [], names: [] };
    const bytes = blocks.reduce((n, b) => n + b.block.value.length, 0);
    if (bytes > settings.maxBytes) return { blocks, diagnostics: [], declarations: [], names: [], tooLarge: { bytes, limit: settings.maxBytes } };
    // TypeScript is loaded only here, for a document that has TypeScript blocks.
    const { compileBlocks } = await loadTypeScript();
    return timed('engine', 'typescript (compile)', () => compileBlocks(blocks, settings));
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

/** The interfaces, type aliases and enums that the document's TypeScript blocks declare. */
export async function typeScriptDeclarations(doc: DesignDoc, settings: Record<string, unknown> = {}): Promise<TsDeclaration[]> {
  return (await typeScriptModel(doc, settings)).declarations;
}
