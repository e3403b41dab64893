import type { CodeBlock, DesignDoc } from '@design-check/core';
import type { TsBlock } from './types.js';

/** The folder of the program's virtual files; no real file is ever read from it. */
export const VIRTUAL_DIR = '/design';

/**
 * The blocks that take part in the compile: ```` ```typescript ```` and ```` ```ts ```` fences
 * (also `ts:file.ts`). `tsx` blocks are left out: they hold components, not shared types, and
 * need a UI library's types to check.
 */
export function typeScriptCodeBlocks(doc: DesignDoc): CodeBlock[] {
  return doc.codeBlocksOf('typescript').filter((b) => !/^tsx\b/i.test(b.rawLang));
}

/** True when the document has a TypeScript block (nothing is loaded to answer). */
export function hasTypeScript(doc: DesignDoc): boolean {
  return typeScriptCodeBlocks(doc).length > 0;
}

// A file (`money.ts`, `src/contracts/money.d.ts`), a path (`packages/refund-contracts`) or a
// scoped package (`@acme/contracts`) named in a fence's meta or a block's first comment line.
const FILE = /(?:^|[\s"'=(])((?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:d\.)?[cm]?ts)(?=$|[\s"',:;)])/g;
const PACKAGE = /(?:^|[\s"'=(])((?:@[\w.-]+\/[\w.-]+|[\w.-]+(?:\/[\w.-]+)+))(?=$|[\s"',:;)])/g;

function namesIn(text: string, withPackages: boolean): string[] {
  const out = [...text.matchAll(FILE)].map((m) => m[1]);
  if (withPackages) out.push(...[...text.matchAll(PACKAGE)].map((m) => m[1]).filter((n) => !/\.[cm]?ts$/.test(n) && !/^\d/.test(n)));
  return out;
}

/** The module names of a block: what it names in its fence meta or on its first comment line. */
export function moduleNamesOf(block: CodeBlock): string[] {
  const fromFence = namesIn(`${block.rawLang.replace(/^[^:]*:/, ' ')} ${block.meta}`, false);
  const first = block.lines.find((l) => l.trim() !== '') ?? '';
  const comment = /^\s*(?:\/\/+|\/\*+)\s*(?:(?:file|module|package)\s*:\s*)?(.*?)(?:\*\/)?\s*$/i.exec(first);
  const fromComment = comment && /^\s*\/[/*]/.test(first) ? namesIn(` ${comment[1]}`, true) : [];
  return [...new Set([...fromFence, ...fromComment])];
}

/** The blocks of the program, each with its virtual file name and module names. */
export function tsBlocks(doc: DesignDoc): TsBlock[] {
  return typeScriptCodeBlocks(doc).map((block, index) => ({
    index,
    block,
    fileName: `${VIRTUAL_DIR}/block-${index + 1}.ts`,
    moduleNames: moduleNamesOf(block),
  }));
}

/** The last path segment of a module name, without its extension or `/index`. */
function stem(name: string): string {
  const parts = name
    .replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '')
    .replace(/\/index$/, '')
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..');
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/**
 * The block an import specifier names: a module name written as the specifier, or one with the
 * same last segment (`./money`, `../contracts/money.js` and `money.ts` all name `money`).
 */
export function blockForSpecifier(blocks: TsBlock[], specifier: string): TsBlock | undefined {
  const exact = blocks.find((b) => b.moduleNames.includes(specifier));
  if (exact) return exact;
  const want = stem(specifier);
  if (!want) return undefined;
  return blocks.find((b) => b.moduleNames.some((n) => stem(n) === want));
}
