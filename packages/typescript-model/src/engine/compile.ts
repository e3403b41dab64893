import type TS from 'typescript';
import { ts } from './ts.js';
import { blockForSpecifier, VIRTUAL_DIR } from '../blocks.js';
import type { CompileSettings } from '../settings.js';
import type { TsBlock, TsDiagnostic, TypeScriptModel } from '../types.js';
import { declarationsOf, topLevelNames } from './declarations.js';
import { LIB_DIR, memoryHost, type VirtualFile } from './host.js';
import { rangeAt } from './locate.js';
import { needsModule, scriptText } from './scripts.js';

/** Strict, type-check only: the code is compiled, never emitted or run. */
function compilerOptions(settings: CompileSettings): TS.CompilerOptions {
  return {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: settings.lib.map((l) => `lib.${l}.d.ts`),
    types: [],
    libReplacement: false,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    allowJs: false,
  };
}

/**
 * The blocks that are modules: those that import another block or that another block imports,
 * and those that augment the global scope. Every other block is a global script.
 */
function moduleBlocks(blocks: TsBlock[], parsed: TS.SourceFile[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) {
    if (needsModule(parsed[b.index])) out.add(b.index);
    for (const ref of ts.preProcessFile(b.block.value, true, true).importedFiles) {
      const target = blockForSpecifier(blocks, ref.fileName);
      if (target && target !== b) out.add(b.index).add(target.index);
    }
  }
  return out;
}

function tidy(text: string, blocks: TsBlock[]): string {
  return text
    .replace(/\/design\/block-(\d+)\.ts/g, (_, n: string) => `the TypeScript block at line ${blocks[Number(n) - 1]?.block.line ?? '?'}`)
    .replace(new RegExp(`${LIB_DIR}/`, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

function messageLines(d: TS.Diagnostic | TS.DiagnosticRelatedInformation, blocks: TsBlock[]): string[] {
  return ts
    .flattenDiagnosticMessageText(d.messageText, '\n')
    .split('\n')
    .map((l) => tidy(l, blocks))
    .filter(Boolean);
}

function toDiagnostic(d: TS.Diagnostic, kind: TsDiagnostic['kind'], byFile: Map<string, TsBlock>, blocks: TsBlock[]): TsDiagnostic | undefined {
  const block = d.file ? byFile.get(d.file.fileName) : blocks[0];
  if (!block) return undefined;
  const at = d.file && d.start !== undefined ? rangeAt(block, d.start, d.length ?? 0) : { line: block.block.line, column: block.block.column };
  const [message = '', ...chain] = messageLines(d, blocks);
  const related = (d.relatedInformation ?? []).flatMap((r) => {
    // The parser's related information ("to match the '{' here") comes without its file.
    const rb = r.file ? byFile.get(r.file.fileName) : block;
    return rb && r.start !== undefined ? [{ message: messageLines(r, blocks).join(' '), at: rangeAt(rb, r.start, r.length ?? 0) }] : [];
  });
  const out: TsDiagnostic = { code: d.code, kind, message, chain, block: block.index, at, related };
  if (d.code === 2307 && d.file && d.start !== undefined) out.module = d.file.text.slice(d.start, d.start + (d.length ?? 0)).replace(/^['"`]|['"`]$/g, '');
  return out;
}

/**
 * Compile the blocks as one program: each block is a virtual file, a global script unless it
 * imports another block or is imported by one. Syntax errors of a block are reported; of its type
 * errors, only those before its first syntax error. Nothing is emitted and nothing is run.
 */
export function compileBlocks(blocks: TsBlock[], settings: CompileSettings): TypeScriptModel {
  const parsed = blocks.map((b) => ts.createSourceFile(b.fileName, b.block.value, ts.ScriptTarget.ES2022));
  const modules = moduleBlocks(blocks, parsed);
  const files = new Map<string, VirtualFile>(
    blocks.map((b) => [b.fileName, modules.has(b.index) ? { text: b.block.value, module: true } : { text: scriptText(parsed[b.index]), module: false }]),
  );
  const byFile = new Map(blocks.map((b) => [b.fileName, b]));
  const resolve = (specifier: string) => {
    const target = blockForSpecifier(blocks, specifier);
    return target && modules.has(target.index) ? target.fileName : undefined;
  };
  const program = ts.createProgram({ rootNames: blocks.map((b) => b.fileName), options: compilerOptions(settings), host: memoryHost(files, resolve) });
  const diagnostics: TsDiagnostic[] = [];
  const push = (d: TS.Diagnostic, kind: TsDiagnostic['kind']) => {
    const out = toDiagnostic(d, kind, byFile, blocks);
    if (out) diagnostics.push(out);
  };
  for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) push(d, 'semantic');
  for (const b of blocks) {
    const sf = program.getSourceFile(b.fileName);
    if (!sf) continue;
    const syntax = program.getSyntacticDiagnostics(sf);
    syntax.forEach((d) => push(d, 'syntax'));
    // Past a parse error the tree is a guess: only type errors before the first one are real.
    const firstError = Math.min(...syntax.map((d) => d.start ?? 0));
    program.getSemanticDiagnostics(sf).forEach((d) => (d.start ?? 0) < firstError && push(d, 'semantic'));
  }
  const checker = program.getTypeChecker();
  const sources = blocks.map((b) => program.getSourceFile(b.fileName)).filter((f): f is TS.SourceFile => !!f);
  const names = topLevelNames(sources);
  return { blocks, diagnostics, declarations: declarationsOf(checker, sources, byFile, new Set(names)), names };
}

/**
 * Compile an empty program with `settings`: parses the lib files it names into the process's lib
 * cache, so that the first document's compile finds them ready.
 */
export function warmUp(settings: CompileSettings): void {
  const root = `${VIRTUAL_DIR}/warm-up.ts`;
  const files = new Map<string, VirtualFile>([[root, { text: '', module: false }]]);
  ts.createProgram({ rootNames: [root], options: compilerOptions(settings), host: memoryHost(files, () => undefined) }).getGlobalDiagnostics();
}
