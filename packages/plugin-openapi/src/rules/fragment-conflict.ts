import { isObj, METHODS, type JsonPath, getAt, toPointer } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

/** Name a merged path the way a designer reads it. */
export function describePath(path: JsonPath, description: unknown): string {
  const [top, a, b] = path.map(String);
  if ((top === 'paths' || top === 'webhooks') && path.length === 3) {
    const what = top === 'paths' ? `path ${a}` : `webhook '${a}'`;
    return METHODS.has(b) ? (top === 'paths' ? `${b.toUpperCase()} ${a}` : `${what} ${b.toUpperCase()}`) : `'${b}' of ${what}`;
  }
  if ((top === 'paths' || top === 'webhooks') && path.length === 2) return top === 'paths' ? `path ${a}` : `webhook '${a}'`;
  if (top === 'components' && path.length === 3) return `component ${toPointer(path)}`;
  if (top === 'tags' && path.length === 3) {
    const tag = getAt(description, ['tags', path[1]]);
    return `'${b}' of tag '${isObj(tag) ? String(tag.name) : a}'`;
  }
  if (path.length === 1) return `top-level '${top}'`;
  return toPointer(path);
}

/** The same key defined twice, with different content, across the fragments of one document. */
export const fragmentConflict: Rule<undefined, 'conflict' | 'first'> = {
  name: 'fragment-conflict',
  meta: {
    description: 'Disallow a key that two fragments of one document define with different content.',
    messages: {
      conflict: '{{what}} is defined again with different content (first defined on line {{firstLine}}); keep one definition or rename one, or open the fence of a version shown only for comparison with ```yaml openapi=false',
      first: 'First definition of {{what}}',
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    for (const c of model.merged.conflicts) {
      const what = describePath(c.path, model.merged.description);
      const first = model.locateIn(c.first.fragment, c.first.path);
      ctx.report({
        messageId: 'conflict',
        data: { what: what.charAt(0).toUpperCase() + what.slice(1), firstLine: first.line },
        at: model.locateIn(c.at.fragment, c.at.path),
        related: [{ messageId: 'first', data: { what }, at: first }],
      });
    }
  },
};
