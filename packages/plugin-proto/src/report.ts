import type { RuleContext } from '@design-check/core';
import { protoModelOf } from './model.js';
import type { ProtoProblem } from './types.js';

/**
 * Report the problems of the given kinds, each with the message id of its kind and, where it
 * has one, a related location worded by `related`.
 */
export async function reportProblems<K extends ProtoProblem['kind'], R extends string>(ctx: RuleContext<unknown, K | R>, kinds: readonly K[], related?: R): Promise<void> {
  for (const p of (await protoModelOf(ctx)).problems) {
    if (!(kinds as readonly string[]).includes(p.kind)) continue;
    ctx.report({ messageId: p.kind as K, data: p.data, at: p.at, related: p.related && related ? [{ messageId: related, data: p.data, at: p.related }] : [] });
  }
}
