import type { TsBlock } from '../types.js';

/** A TypeScript block as plain data, to cross to the engine thread. */
export interface PlainBlock {
  value: string;
  line: number;
  column: number;
  contentLine: number;
  columnOffsets: readonly number[];
  fileName: string;
  moduleNames: string[];
}

/** The blocks of a document as plain data. */
export function plainBlocks(blocks: TsBlock[]): PlainBlock[] {
  return blocks.map(({ block, fileName, moduleNames }) => ({
    value: block.value,
    line: block.line,
    column: block.column,
    contentLine: block.contentLine,
    columnOffsets: block.columnOffsets,
    fileName,
    moduleNames,
  }));
}
