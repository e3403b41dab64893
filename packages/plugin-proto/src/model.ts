import { defineModel, type CodeBlock, type DesignDoc, type RuleContext } from '@design-check/core';
import type { ProtoModel } from './types.js';

/** The largest total size of a document's proto blocks that is parsed, by default (UTF-16 code units). */
export const DEFAULT_MAX_BYTES = 256 * 1024;

/**
 * True when the fence keeps its block out of the schema: ```` ```proto schema=false ```` (the
 * current version of a message shown beside the new one, an example of what not to write).
 */
export function isExcluded(block: CodeBlock): boolean {
  return /(?:^|\s)schema=["']?(?:false|off|no)["']?(?:\s|$)/i.test(block.meta ?? '');
}

/** The ```` ```proto ```` / ```` ```protobuf ```` blocks that form the document's schema. */
export function protoBlocks(doc: DesignDoc): CodeBlock[] {
  return doc.codeBlocksOf('protobuf').filter((b) => !isExcluded(b));
}

/** `appliesTo` of every rule: the document has a proto block (nothing is loaded to answer). */
export function hasProto(doc: DesignDoc): boolean {
  return protoBlocks(doc).length > 0;
}

/** `settings.proto.maxBytes`, or the default. */
export function maxBytesOf(settings: Record<string, unknown>): number {
  const given = (settings.proto as { maxBytes?: unknown } | undefined)?.maxBytes;
  return typeof given === 'number' && given > 0 ? given : DEFAULT_MAX_BYTES;
}

const model = defineModel(
  'proto/schema',
  async (doc: DesignDoc, maxBytes: number): Promise<ProtoModel> => {
    const blocks = protoBlocks(doc);
    const bytes = blocks.reduce((n, b) => n + b.value.length, 0);
    if (blocks.length === 0) return { blocks, problems: [], messages: [] };
    if (bytes > maxBytes) return { blocks, tooLarge: { bytes, limit: maxBytes }, problems: [], messages: [] };
    // protobufjs is loaded only here, for a document that has a proto block.
    const { readProto } = await import('./engines/protobuf.js');
    return readProto(blocks);
  },
  String,
);

/**
 * The proto model of the document a rule is checking: all its proto blocks parsed with
 * protobufjs as files of one package (a fragment takes the document's package and syntax),
 * checked, and located in the markdown; built once per document.
 */
export function protoModelOf(ctx: Pick<RuleContext, 'doc' | 'settings'>): Promise<ProtoModel> {
  return model(ctx.doc, maxBytesOf(ctx.settings));
}
