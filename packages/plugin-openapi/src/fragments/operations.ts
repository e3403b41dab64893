import type { Fragment } from './parse.js';
import type { OpenApiModel } from './model.js';
import { isObj, METHODS, type JsonPath } from './merge.js';

/** One operation as written in a fragment. */
export interface OperationSite {
  fragment: Fragment;
  /** `paths` or `webhooks`. */
  base: string;
  /** The path template (or webhook name). */
  route: string;
  method: string;
  op: Record<string, unknown>;
  /** `[base, route, method]`, the same in the fragment and in the merged description. */
  path: JsonPath;
}

/** Every operation of the usable fragments, in document order. */
export function operations(model: OpenApiModel): OperationSite[] {
  const out: OperationSite[] = [];
  for (const fragment of model.usable) {
    for (const base of ['paths', 'webhooks']) {
      const items = fragment.value?.[base];
      if (!isObj(items)) continue;
      for (const [route, item] of Object.entries(items)) {
        if (!isObj(item)) continue;
        for (const [method, op] of Object.entries(item)) {
          if (METHODS.has(method) && isObj(op)) out.push({ fragment, base, route, method, op, path: [base, route, method] });
        }
      }
    }
  }
  return out;
}

/** `GET /refunds/{id}` (or `webhook refund.updated POST`). */
export function describeOperation(site: { base: string; route: string; method: string }): string {
  return site.base === 'webhooks' ? `webhook '${site.route}' ${site.method.toUpperCase()}` : `${site.method.toUpperCase()} ${site.route}`;
}
