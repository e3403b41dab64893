import type { DesignDoc, Location } from '@design-check/core';
import { DEFAULT_LIMITS, findFragments, type Fragment, type Limits } from './parse.js';
import { mergeFragments, ownerIn, type JsonPath, type Merged } from './merge.js';
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
  const meta = doc.metadata;
  const version = meta.get('version')?.value?.text || meta.get('revision')?.value?.text || '';
  return { title, version };
}

/** Build (once per document and limits) the fragments, their merge and the location map. */
export function openApiModel(doc: DesignDoc, settings: Record<string, unknown> = {}): OpenApiModel {
  const limits = limitsOf(settings);
  return doc.memo(`openapi:model:${limits.maxAliasCount}:${limits.maxFragmentBytes}`, () => {
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
  });
}
