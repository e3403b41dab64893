import type { Fragment } from './parse.js';
import type { Location } from '@design-check/core';
import type { OpenApiModel } from './model.js';
import { isObj, METHODS } from './merge.js';
import type { JsonPath } from './types.js';

/** One operation as written in a fragment. */
export interface OperationSite {
  fragment: Fragment;
  /** `paths`, `webhooks`, `pathItems` (a path item component) or `callbacks`. */
  base: string;
  /** The path template, webhook name, path item component name or callback expression. */
  route: string;
  method: string;
  op: Record<string, unknown>;
  /** Where the operation is, the same in the fragment and in the merged description. */
  path: JsonPath;
  /** How a designer names the operation: `GET /refunds/{id}`, `webhook 'refund.updated' POST`. */
  label: string;
}

function collect(fragment: Fragment, item: unknown, path: JsonPath, base: string, route: string, label: (method: string) => string, out: OperationSite[], depth: number): void {
  if (!isObj(item) || depth > 8) return;
  for (const [method, op] of Object.entries(item)) {
    if (!METHODS.has(method) || !isObj(op)) continue;
    const site: OperationSite = { fragment, base, route, method, op, path: [...path, method], label: label(method) };
    out.push(site);
    callbacksOf(fragment, op.callbacks, [...site.path, 'callbacks'], `of ${site.label}`, out, depth + 1);
  }
}

function callbacksOf(fragment: Fragment, callbacks: unknown, path: JsonPath, owner: string, out: OperationSite[], depth: number): void {
  if (!isObj(callbacks)) return;
  for (const [name, callback] of Object.entries(callbacks)) {
    if (!isObj(callback)) continue;
    for (const [expression, item] of Object.entries(callback)) {
      const label = (m: string) => `callback '${name}' ${m.toUpperCase()}${owner ? ` ${owner}` : ''}`;
      collect(fragment, item, [...path, name, expression], 'callbacks', expression, label, out, depth);
    }
  }
}

/**
 * Every operation of the usable fragments, in document order: under `paths` and `webhooks`,
 * in path item components (3.1) and in callbacks (of operations and components).
 */
export function operations(model: OpenApiModel): OperationSite[] {
  const out: OperationSite[] = [];
  for (const fragment of model.usable) {
    const v = fragment.value ?? {};
    for (const base of ['paths', 'webhooks']) {
      const items = v[base];
      if (!isObj(items)) continue;
      for (const [route, item] of Object.entries(items)) {
        const label = (m: string) => describeOperation({ base, route, method: m });
        collect(fragment, item, [base, route], base, route, label, out, 0);
      }
    }
    const components = isObj(v.components) ? v.components : {};
    if (isObj(components.pathItems)) {
      for (const [name, item] of Object.entries(components.pathItems)) {
        collect(fragment, item, ['components', 'pathItems', name], 'pathItems', name, (m) => `${m.toUpperCase()} of path item '${name}'`, out, 0);
      }
    }
    callbacksOf(fragment, components.callbacks, ['components', 'callbacks'], '', out, 0);
  }
  return out;
}

/** `GET /refunds/{id}` (or `webhook 'refund.updated' POST`). */
export function describeOperation(site: { base: string; route: string; method: string; label?: string }): string {
  if (site.label) return site.label;
  return site.base === 'webhooks' ? `webhook '${site.route}' ${site.method.toUpperCase()}` : `${site.method.toUpperCase()} ${site.route}`;
}

/** One response of an operation, as written in a fragment. */
export interface ResponseSite {
  operation: OperationSite;
  /** The status code as written: `'429'`, `'4XX'`, `'default'`. */
  status: string;
  /** The response's description (of the `$ref`'d response when it is one), or ''. */
  description: string;
  /** Where the response is in the fragment and in the merged description. */
  path: JsonPath;
  /** Markdown location of the status code key. */
  at: Location;
}

/** Every response of every operation, in document order, located on its status code line. */
export function responses(model: OpenApiModel): ResponseSite[] {
  const out: ResponseSite[] = [];
  for (const operation of operations(model)) {
    const rs = operation.op.responses;
    if (!isObj(rs)) continue;
    for (const [status, value] of Object.entries(rs)) {
      const path = [...operation.path, 'responses', status];
      let response: unknown = value;
      if (isObj(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#/')) {
        response = value.$ref
          .slice(2)
          .split('/')
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
          .reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), model.merged.description);
      }
      const description = isObj(response) && typeof response.description === 'string' ? response.description : '';
      out.push({ operation, status, description, path, at: model.locateIn(operation.fragment.index, path) });
    }
  }
  return out;
}
