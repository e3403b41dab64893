import { defineModel, metadataOf, noteRead, type DesignDoc, type Location, type RuleContext } from '@design-check/core';
import { DEFAULT_LIMITS, findFragments, type Fragment, type Limits } from './parse.js';
import { mergeFragments, ownerIn, type Merged } from './merge.js';
import type { JsonPath } from './types.js';
import { followRefs, locateInFragment } from './locate.js';
import { loadExternals, type ExternalFile } from './external.js';
import { bundle, type Bundled } from './bundle.js';
import { refsIn } from './refs.js';
import { resolve } from 'node:path';

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
  /** Absolute path of the document; file `$ref`s resolve from its folder. */
  docPath: string;
  /** The project root, when the model may read referenced files; else none is read. */
  projectRoot?: string;
  /** The files that file `$ref`s name inside the project root, read within the limits, by absolute path. */
  externals: Map<string, ExternalFile>;
}

/** The limits in effect: the defaults, overridden by config `settings.openapi`. */
export function limitsOf(settings: Record<string, unknown>): Limits {
  const given = (settings.openapi ?? {}) as Partial<Record<keyof Limits, unknown>>;
  const num = (k: keyof Limits) => (typeof given[k] === 'number' && (given[k] as number) > 0 ? (given[k] as number) : DEFAULT_LIMITS[k]);
  return { maxAliasCount: num('maxAliasCount'), maxFragmentBytes: num('maxFragmentBytes'), timeoutMs: num('timeoutMs'), maxDepth: num('maxDepth') };
}

function infoOf(doc: DesignDoc): { title: string; version: string } {
  const title = doc.title.replace(/^technical design\s*[:—–-]\s*/i, '').trim();
  const meta = metadataOf(doc);
  const version = meta.get('version')?.value?.text || meta.get('revision')?.value?.text || '';
  return { title, version };
}

const model = defineModel(
  'openapi-model/model',
  (doc: DesignDoc, { limits, projectRoot }: { limits: Limits; projectRoot?: string }): OpenApiModel => {
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
    const docPath = resolve(doc.path);
    const externals = projectRoot ? loadExternals(refsIn(usable.map((f) => f.value)), docPath, projectRoot, limits) : new Map<string, ExternalFile>();
    for (const path of externals.keys()) noteRead(doc, path);
    return { fragments, usable, merged, limits, locate, locateIn, docPath, ...(projectRoot ? { projectRoot } : {}), externals };
  },
  ({ limits, projectRoot }) => `${limits.maxAliasCount}:${limits.maxFragmentBytes}:${limits.maxDepth}:${projectRoot ?? ''}`,
);

/**
 * The OpenAPI model of a document: its fragments found, parsed (within the limits of config
 * `settings.openapi`), merged and located. Built once per document and shared by every rule
 * of every plugin; it loads no engine.
 */
export function openApiModel(doc: DesignDoc, settings: Record<string, unknown> = {}, projectRoot?: string): OpenApiModel {
  return model(doc, { limits: limitsOf(settings), ...(projectRoot === undefined ? {} : { projectRoot: resolve(projectRoot) }) });
}

/**
 * The OpenAPI model of the document a rule is checking, with the config's limits; the files
 * that its `$ref`s name inside the project root are read.
 */
export function openApiModelOf(ctx: Pick<RuleContext, 'doc' | 'settings'> & { projectRoot?: string }): OpenApiModel {
  return openApiModel(ctx.doc, ctx.settings, ctx.projectRoot);
}

/** The merged description with the referenced files' content in place (memoised on the model). */
export function bundledOf(model: OpenApiModel): Bundled {
  const cache = model as OpenApiModel & { _bundled?: Bundled };
  cache._bundled ??= bundle(model.merged.description, model.externals, model.docPath, model.projectRoot ?? '');
  return cache._bundled;
}
