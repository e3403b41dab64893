import { defineModel, metadataOf, type DesignDoc, type Location, type RuleContext } from '@design-check/core';
import { DEFAULT_LIMITS, findFragments, type Fragment, type Limits } from './parse.js';
import { mergeFragments, ownerIn, type Merged } from './merge.js';
import type { JsonPath } from './types.js';
import { followRefs, locateInFragment } from './locate.js';

/** The OpenAPI view of one design document, shared by every openapi rule. */
export interface OpenApiModel {
  /** Every OpenAPI fragment, usable or not. */
  fragments: Fragment[];
  /** Fragments that parsed cleanly and take part in the merge. */
  usable: Fragment[];
  merged: Merged;
  limits: Limits;
  /** Markdown location of a path of the merged description (through local `$ref`s). */
  locate(path: JsonPath): Location;
  /** Markdown location of a path inside one fragment. */
  locateIn(fragment: number, path: JsonPath): Location;
}

/** The limits in effect: the defaults, overridden by config `settings.openapi`. */
export function limitsOf(settings: Record<string, unknown>): Limits {
  const given = (settings.openapi ?? {}) as Partial<Record<keyof Limits, unknown>>;
  const num = (k: keyof Limits) => (typeof given[k] === 'number' && (given[k] as number) > 0 ? (given[k] as number) : DEFAULT_LIMITS[k]);
  return { maxAliasCount: num('maxAliasCount'), maxFragmentBytes: num('maxFragmentBytes'), timeoutMs: num('timeoutMs') };
}

function infoOf(doc: DesignDoc): { title: string; version: string } {
  const title = doc.title.replace(/^technical design\s*[:—–-]\s*/i, '').trim();
  const meta = metadataOf(doc);
  const version = meta.get('version')?.value?.text || meta.get('revision')?.value?.text || '';
  return { title, version };
}

const model = defineModel(
  'openapi-model/model',
  (doc: DesignDoc, limits: Limits): OpenApiModel => {
    const fragments = findFragments(doc, limits);
    const usable = fragments.filter((f) => f.value && !f.problem);
    const merged = mergeFragments(usable, infoOf(doc));
    const locateIn = (fragment: number, path: JsonPath): Location => locateInFragment(fragments[fragment], path);
    const locate = (path: JsonPath): Location => {
      const owner = ownerIn(merged.owners, followRefs(merged.description, path));
      if (owner) return locateIn(owner.fragment, owner.path);
      // Synthesised parts (`info`, the root): the first fragment's first key.
      const first = usable[0] ?? fragments[0];
      return locateInFragment(first, []);
    };
    return { fragments, usable, merged, limits, locate, locateIn };
  },
  (limits) => `${limits.maxAliasCount}:${limits.maxFragmentBytes}`,
);

/**
 * The OpenAPI model of a document: its fragments found, parsed (within the limits of config
 * `settings.openapi`), merged and located. Built once per document and shared by every rule
 * of every plugin; it loads no engine.
 */
export function openApiModel(doc: DesignDoc, settings: Record<string, unknown> = {}): OpenApiModel {
  return model(doc, limitsOf(settings));
}

/** The OpenAPI model of the document a rule is checking, with the config's limits. */
export function openApiModelOf(ctx: Pick<RuleContext, 'doc' | 'settings'>): OpenApiModel {
  return openApiModel(ctx.doc, ctx.settings);
}
