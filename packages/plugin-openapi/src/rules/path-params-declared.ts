import { isObj, METHODS, type JsonPath, getAt, locateTextIn, parsePointer } from '@design-check/openapi-model';
import type { Rule } from '@design-check/core';
import { appliesTo, modelOf } from '../model.js';

interface Param {
  name?: string;
  in?: string;
  /** False when a `$ref` does not resolve: its name is unknown. */
  known: boolean;
  index: number;
}

function params(list: unknown, description: unknown): Param[] {
  if (!Array.isArray(list)) return [];
  return list.map((p, index) => {
    let cur: unknown = p;
    for (let hops = 0; isObj(cur) && typeof cur.$ref === 'string' && hops < 16; hops++) {
      cur = cur.$ref.startsWith('#') ? getAt(description, parsePointer(cur.$ref)) : undefined;
    }
    if (!isObj(cur)) return { known: false, index };
    return { name: typeof cur.name === 'string' ? cur.name : undefined, in: typeof cur.in === 'string' ? cur.in : undefined, known: true, index };
  });
}

/** The `{name}` segments of a path template. */
export function templateParams(route: string): string[] {
  return [...route.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
}

/** Every `{param}` of a path template is declared `in: path`, and every `in: path` parameter is in the template. */
export const pathParamsDeclared: Rule<undefined, 'undeclared' | 'notInPath'> = {
  name: 'path-params-declared',
  meta: {
    description: 'Require path template parameters to be declared `in: path`, and every `in: path` parameter to appear in its template.',
    messages: {
      undeclared: "Path parameter '{{name}}' of {{route}} is not declared (by {{methods}}); add a parameter with `in: path`, `name: {{name}}` and `required: true` to the path or the operation",
      notInPath: "Parameter '{{name}}' is declared `in: path` but path {{route}} has no '{{{name}}}' segment; rename the parameter or add the segment",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    const description = model.merged.description;
    const mergedPaths = isObj(description.paths) ? description.paths : {};
    for (const fragment of model.usable) {
      const items = fragment.value?.paths;
      if (!isObj(items)) continue;
      for (const [route, written] of Object.entries(items)) {
        if (!isObj(written)) continue;
        // A path item `$ref` (`/a/{id}: {$ref: '#/components/pathItems/A'}`): check what it points at.
        const target = typeof written.$ref === 'string' && written.$ref.startsWith('#/') ? parsePointer(written.$ref) : undefined;
        const resolved = target ? getAt(description, target) : undefined;
        if (target && !isObj(resolved)) continue;
        const item = isObj(resolved) ? resolved : written;
        // Where the operations and parameters are written: this fragment, or the referenced item.
        const at = (path: JsonPath) => (target ? model.locate([...target, ...path]) : model.locateIn(fragment.index, ['paths', route, ...path]));
        const template = new Set(templateParams(route));
        const merged = target ? item : isObj(mergedPaths[route]) ? mergedPaths[route] : item;
        const shared = params(merged.parameters, description);
        const report = (list: Param[], base: JsonPath) => {
          for (const p of list) {
            if (p.known && p.in === 'path' && p.name !== undefined && !template.has(p.name)) {
              ctx.report({ messageId: 'notInPath', data: { name: p.name, route }, at: at([...base, p.index]) });
            }
          }
        };
        report(params(item.parameters, description), ['parameters']);
        const missing = new Map<string, string[]>();
        for (const [method, op] of Object.entries(item)) {
          if (!METHODS.has(method) || !isObj(op)) continue;
          const own = params(op.parameters, description);
          report(own, [method, 'parameters']);
          const all = [...shared, ...own];
          if (all.some((p) => !p.known)) continue;
          const declared = new Set(all.filter((p) => p.in === 'path').map((p) => p.name));
          for (const name of template) {
            if (!declared.has(name)) missing.set(name, [...(missing.get(name) ?? []), method.toUpperCase()]);
          }
        }
        // Once per template parameter, on its `{name}` in the path key: the place to read it.
        for (const [name, methods] of missing) {
          const where = locateTextIn(fragment, ['paths', route], `{${name}}`);
          ctx.report({ messageId: 'undeclared', data: { name, route, methods: methods.join(', ') }, at: where });
        }
      }
    }
  },
};
