import type { Rule } from '@design-check/core';
import { appliesTo, modelOf, sourceOf, wording } from '../model.js';

/** The file name a block that defines `module` could give itself. */
function fileFor(module: string): string {
  const last = module.split(/[/:]/).pop() || 'types';
  return `${last.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '')}.ts`;
}

type MessageId = 'compile' | 'unknownModule' | 'missingGlobal' | 'tooLarge' | 'timeout' | 'memory' | 'tooDeep' | 'related';

// "Cannot find name 'process'. Do you need to install type definitions for node?" and the like.
const MISSING_GLOBAL = new Set([2580, 2582, 2583, 2584, 2591, 2593]);

/**
 * A type error in the TypeScript blocks, compiled as one program: an undeclared type, a
 * duplicate property, a wrong assignment, an import of a module that the document does not
 * define. Each finding keeps TypeScript's code as its source (`typescript:TS2304`).
 */
export const compile: Rule<undefined, MessageId> = {
  name: 'compile',
  meta: {
    description: 'Require the TypeScript blocks of the document to type-check together, in strict mode.',
    messages: {
      compile: '{{message}}',
      unknownModule:
        "Unexpected import of '{{module}}': no block of this document defines it, and design-check never reads modules from disk; declare its types in a block, or name the block that defines it with title=\"{{file}}\" after its ```ts",
      missingGlobal:
        "Cannot find name '{{name}}': the blocks are compiled with the standard ES library only, without Node, DOM or test-runner types; declare what the types need, or add a lib in settings.typescript.lib",
      tooLarge: 'The TypeScript blocks hold {{bytes}} characters, over the limit of {{limit}}; split the design or raise settings.typescript.maxBytes',
      timeout: 'The TypeScript compiler did not finish within {{ms}} ms and was stopped, so the blocks are not checked; simplify the types (deep conditional or recursive types) or raise settings.typescript.timeoutMs',
      memory: 'The TypeScript compiler needed more than {{mb}} MB of memory and was stopped, so the blocks are not checked; simplify the types (large unions of template literals, deep mapped types)',
      tooDeep: 'The TypeScript blocks nest too deeply for the compiler, so they are not checked; name the inner types and refer to them instead of nesting them',
      related: '{{message}}',
    },
    appliesTo,
  },
  async check(ctx) {
    const model = await modelOf(ctx);
    const first = model.blocks[0].block;
    if (model.tooLarge) {
      ctx.report({ messageId: 'tooLarge', data: { ...model.tooLarge }, at: { line: first.line, column: first.column } });
      return;
    }
    if (model.timedOut) {
      ctx.report({ messageId: 'timeout', data: { ...model.timedOut }, at: { line: first.line, column: first.column } });
      return;
    }
    if (model.outOfMemory) {
      ctx.report({ messageId: 'memory', data: { ...model.outOfMemory }, at: { line: first.line, column: first.column } });
      return;
    }
    if (model.tooDeep) {
      const block = (model.blocks[model.tooDeep.block] ?? model.blocks[0]).block;
      ctx.report({ messageId: 'tooDeep', at: { line: block.line, column: block.column } });
      return;
    }
    for (const d of model.diagnostics) {
      if (d.kind !== 'semantic') continue;
      const related = d.related.map((r) => ({ messageId: 'related' as const, data: { message: r.message }, at: r.at }));
      const data = { message: wording(d), code: d.code };
      const global = MISSING_GLOBAL.has(d.code) ? /'([^']+)'/.exec(d.message)?.[1] : undefined;
      if (global) ctx.report({ messageId: 'missingGlobal', data: { name: global, code: d.code }, at: d.at, source: sourceOf(d), related });
      else if (d.module !== undefined) ctx.report({ messageId: 'unknownModule', data: { module: d.module, file: fileFor(d.module), code: d.code }, at: d.at, source: sourceOf(d), related });
      else ctx.report({ messageId: 'compile', data, at: d.at, source: sourceOf(d), related });
    }
  },
};
