/** What the Security Controls claim, and which API operations a claimed rate limit covers. */
import { isBlank, isPlaceholder } from '@design-check/core';
import type { OperationSite } from '@design-check/openapi-model';
import { deniesControl, type ControlItem, type ControlName } from './controls.js';
import { sameWord, words } from './mentions.js';

/** The item that claims `control`: present, not struck through, and described as in place (not `N/A`). */
export function claimed(controls: ControlItem[], control: ControlName): ControlItem | undefined {
  return controls.find((c) => c.control === control && !c.struck && !isBlank(c.description) && !isPlaceholder(c.rawDescription) && !deniesControl(c.description));
}

/** A limit on requests to the API as a whole: `100 requests/s`, `1k req/min`, `on every endpoint`. */
const WHOLE_API = /\b\d[\d,.]*\s*k?\s*(?:requests?|reqs?|calls?|rps|qps|rpm)\b|\b(?:all|every|each)\s+(?:api\s+)?(?:endpoints?|operations?|routes?|requests?|calls?)\b|\bapi[- ]wide\b/i;
const READS = /^(?:reads?|gets?|lookups?|quer(?:y|ies)|search(?:es)?|fetch(?:es)?|views?|lists?|downloads?|polls?)$/;
const WRITES = /^(?:writes?|creates?|changes?|updates?|edits?|deletes?|submissions?|submits?|posts?|uploads?|cancels?|cancellations?|registrations?|modifications?)$/;
const NOT_NOUNS = /^(?:\d.*|s|ms|sec|secs|seconds?|min|mins|minutes?|hours?|hr|days?|weeks?|months?|burst|bursts|max|maximum|limit(?:s|ed)?|rate|capped|at|up|most|than|more|less|over|concurrent|only)$/;


/**
 * The words of what an operation acts on: the last static segment of its path
 * (`/rollouts` for creating rollouts, `/rollouts/{id}/pause` for pausing one).
 */
function resourceWords(site: OperationSite): string[] {
  const segments = site.route.split('/').filter((s) => s && !s.startsWith('{'));
  return words(segments[segments.length - 1] ?? '');
}

/**
 * The operations that a rate-limiting claim covers. A limit on requests to the API as a whole
 * covers every operation. Otherwise, when no operation declares 429 at all, the operations the
 * claim names (`10 schedule changes per seller per day`: the writes on a path that ends in a
 * `schedule` resource); when some operation declares 429, the design has said which
 * operations are limited, and none is added.
 */
export function limitedOperations(description: string, operations: OperationSite[], declares429: (op: OperationSite) => boolean): OperationSite[] {
  if (WHOLE_API.test(description)) return operations;
  if (operations.some(declares429)) return [];
  // `per merchant`, `per day`: the key and the window of the limit, not what is limited.
  const said = words(description.replace(/\bper\s+[\p{L}\p{N}-]+/gu, ' ')).filter((w) => !NOT_NOUNS.test(w));
  const reads = said.some((w) => READS.test(w));
  const writes = said.some((w) => WRITES.test(w));
  const nouns = said.filter((w) => !READS.test(w) && !WRITES.test(w));
  if (!reads && !writes && !nouns.length) return [];
  return operations.filter((site) => {
    const isRead = ['get', 'head'].includes(site.method);
    if ((reads || writes) && !((reads && isRead) || (writes && !isRead))) return false;
    if (!nouns.length) return true;
    const own = resourceWords(site);
    return nouns.some((n) => own.some((w) => sameWord(n, w)));
  });
}
