import { defineModel, type CodeBlock, type DesignDoc, type RuleContext } from '@design-check/core';
import type { GraphqlModel } from './types.js';

/** The largest total size of a document's GraphQL blocks that is parsed, by default (UTF-16 code units). */
export const DEFAULT_MAX_BYTES = 256 * 1024;

/**
 * True when the fence keeps its block out of the schema: ```` ```graphql schema=false ```` (the
 * current version of a type shown beside the new one, an example of what not to write).
 */
export function isExcluded(block: CodeBlock): boolean {
  return /(?:^|\s)schema=["']?(?:false|off|no)["']?(?:\s|$)/i.test(block.meta ?? '');
}

/** The ```` ```graphql ```` / ```` ```gql ```` blocks that form the document's schema. */
export function graphqlBlocks(doc: DesignDoc): CodeBlock[] {
  return doc.codeBlocksOf('graphql').filter((b) => !isExcluded(b));
}

/** `appliesTo` of every rule: the document has a GraphQL block (nothing is loaded to answer). */
export function hasGraphql(doc: DesignDoc): boolean {
  return graphqlBlocks(doc).length > 0;
}

/** `settings.graphql.maxBytes`, or the default. */
export function maxBytesOf(settings: Record<string, unknown>): number {
  const given = (settings.graphql as { maxBytes?: unknown } | undefined)?.maxBytes;
  return typeof given === 'number' && given > 0 ? given : DEFAULT_MAX_BYTES;
}

const model = defineModel(
  'graphql/schema',
  async (doc: DesignDoc, maxBytes: number): Promise<GraphqlModel> => {
    const blocks = graphqlBlocks(doc);
    const bytes = blocks.reduce((n, b) => n + b.value.length, 0);
    if (blocks.length === 0) return { blocks, errors: [], types: [] };
    if (bytes > maxBytes) return { blocks, tooLarge: { bytes, limit: maxBytes }, errors: [], types: [] };
    // graphql-js is loaded only here, for a document that has a GraphQL block.
    const { readSchema } = await import('./engines/graphql.js');
    return readSchema(blocks);
  },
  String,
);

/**
 * The GraphQL model of the document a rule is checking: all its GraphQL blocks parsed and
 * validated as one schema by graphql-js, built once per document.
 */
export function graphqlModelOf(ctx: Pick<RuleContext, 'doc' | 'settings'>): Promise<GraphqlModel> {
  return model(ctx.doc, maxBytesOf(ctx.settings));
}
