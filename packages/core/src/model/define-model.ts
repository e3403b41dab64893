import type { DesignDoc } from './document.js';
import { timed } from '../timing.js';

/** A model derived from a document, built once per document (and argument key). */
export type ModelOf<T, A = void> = ((doc: DesignDoc, arg: A) => T) & { readonly modelName: string };

/**
 * Define a model that rules of any plugin share: `build` runs once per document, and once per
 * `keyOf(arg)` when the model takes an argument (limits from the config, say). Each definition
 * has its own cache, so two models can never collide on a key, and no cast is needed:
 *
 * ```ts
 * export const scenarios = defineModel('gherkin/scenarios', (doc) => parseScenarios(doc));
 * scenarios(ctx.doc); // built on the first call, shared afterwards
 * ```
 */
export function defineModel<T>(name: string, build: (doc: DesignDoc) => T): ModelOf<T>;
export function defineModel<T, A>(name: string, build: (doc: DesignDoc, arg: A) => T, keyOf: (arg: A) => string): ModelOf<T, A>;
export function defineModel<T, A>(name: string, build: (doc: DesignDoc, arg: A) => T, keyOf: (arg: A) => string = () => ''): ModelOf<T, A> {
  // A build that throws is not run again for the same document: every caller gets its error.
  const cache = new WeakMap<DesignDoc, Map<string, { value?: T; error?: unknown }>>();
  const get = (doc: DesignDoc, arg: A): T => {
    let byKey = cache.get(doc);
    if (!byKey) cache.set(doc, (byKey = new Map()));
    const key = keyOf(arg);
    let entry = byKey.get(key);
    if (!entry) {
      try {
        entry = { value: timed('model', name, () => build(doc, arg)) };
      } catch (error) {
        entry = { error };
      }
      byKey.set(key, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value as T;
  };
  return Object.assign(get, { modelName: name });
}
