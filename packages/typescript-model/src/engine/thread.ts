import { blockPositions, type CodeBlock } from '@design-check/core';
import type { tsBlocks } from '../blocks.js';
import type { PlainBlock } from './plain.js';
import type { CompileSettings } from '../settings.js';
import type { TypeScriptModel } from '../types.js';
import { compileBlocks } from './compile.js';

/** Load the compiler and parse the lib files of `settings` (the engine thread's warm-up). */
export { warmUp } from './compile.js';

/** What a compile gives, without the blocks (the caller has them): plain data that crosses threads. */
export type CompileOutput = Pick<TypeScriptModel, 'diagnostics' | 'declarations' | 'names' | 'tooDeep'>;

/** True when an error is the compiler running out of stack on deep nesting. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError || /maximum call stack/i.test(String((e as Error)?.message ?? e));
}

/** The block whose brackets nest deepest (where a too-deep compile most likely failed). */
function deepestBlock(values: string[]): number {
  let best = 0;
  let bestDepth = -1;
  values.forEach((text, i) => {
    let depth = 0;
    let max = 0;
    for (const c of text) {
      if (c === '(' || c === '[' || c === '{' || c === '<') max = Math.max(max, ++depth);
      else if ((c === ')' || c === ']' || c === '}' || c === '>') && depth > 0) depth--;
    }
    if (max > bestDepth) [best, bestDepth] = [i, max];
  });
  return best;
}

/** Compile already-found blocks; running out of stack on deep nesting is an outcome, not a crash. */
export function compileOrTooDeep(blocks: ReturnType<typeof tsBlocks>, settings: CompileSettings): CompileOutput {
  try {
    const { diagnostics, declarations, names } = compileBlocks(blocks, settings);
    return { diagnostics, declarations, names };
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    return { diagnostics: [], declarations: [], names: [], tooDeep: { block: deepestBlock(blocks.map((b) => b.block.value)) } };
  }
}

/**
 * The compile of a document's TypeScript blocks, given as plain data: what the engine thread
 * runs, so that a compile past its time budget can be stopped. Each block gets back its exact
 * position maps, so every location is the one the document's own blocks give.
 */
export function compileText(input: { blocks: PlainBlock[]; settings: CompileSettings }): CompileOutput {
  const blocks = input.blocks.map((b, index) => {
    const lines = b.value.split('\n');
    const block = { value: b.value, lines, line: b.line, column: b.column, contentLine: b.contentLine, columnOffsets: b.columnOffsets, ...blockPositions(lines, b.contentLine, b.columnOffsets) };
    return { index, block: block as unknown as CodeBlock, fileName: b.fileName, moduleNames: b.moduleNames };
  });
  return compileOrTooDeep(blocks, input.settings);
}
