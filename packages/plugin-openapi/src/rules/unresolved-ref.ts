import { fileTarget, isObj, type JsonPath, parsePointer, walkYaml, nearestFile, nearestName, refCycles, refSites, toPointer, unresolved, type OpenApiModel, type RefSite } from '@design-check/openapi-model';
import { dirname } from 'node:path';
import { noteRead, type RuleContext } from '@design-check/core';
import type { Rule } from '@design-check/core';
import { isPair } from 'yaml';
import { appliesTo, modelOf } from '../model.js';

/** Names that fragments with a syntax error may define: no cascade of findings from one typo. */
function brokenDefines(model: OpenApiModel, ref: string): boolean {
  const path = parsePointer(ref);
  return model.fragments.some((f) => {
    if (!f.problem || !f.value) return false;
    let cur: unknown = f.value;
    for (const seg of path) cur = isObj(cur) ? cur[String(seg)] : undefined;
    return cur !== undefined;
  });
}

/** `Amount` for a component, else the pointer. */
function shortName(path: JsonPath): string {
  return path.length === 3 && path[0] === 'components' ? String(path[2]) : toPointer(path);
}

/** The comment that swallowed the value of `$ref: #/…` (the reference the author meant), if any. */
function swallowed(model: OpenApiModel, fragment: number, path: JsonPath): string | undefined {
  const f = model.fragments[fragment];
  if (!f?.yaml) return undefined;
  const { anchor } = walkYaml(f.yaml, path);
  const end = anchor && isPair(anchor) ? (anchor.key as { range?: [number, number, number] } | null)?.range?.[1] : undefined;
  if (end === undefined) return undefined;
  const rest = f.block.value.slice(end).split('\n')[0];
  return /^\s*:\s*(#\S*)/.exec(rest)?.[1]?.replace(/[,}\]]+$/, '');
}

type MessageId = 'missing' | 'missingNoMatch' | 'missingFile' | 'missingFileNoMatch' | 'malformed' | 'empty' | 'emptyComment' | 'cycle' | 'inCycle';

/** A file `$ref` inside the project: the file must exist and hold what the pointer names. */
function checkFileRef(ctx: RuleContext<undefined, MessageId>, model: OpenApiModel, site: RefSite): void {
  const target = model.projectRoot ? fileTarget(site.ref, model.docPath, model.projectRoot) : undefined;
  const file = target?.inside ? model.externals.get(target.path) : undefined;
  if (!target || !file) return;
  const at = model.locateIn(site.fragment, site.path);
  if (file.problem?.kind === 'missing') {
    // The suggestion comes from the folder's listing: a file added there may change it.
    noteRead(ctx.doc, dirname(target.path));
    const suggestion = nearestFile(target.path, model.projectRoot!);
    const data = { ref: site.ref, file: file.shown, ...(suggestion ? { suggestion: site.ref.split('#')[0].replace(/[^/]*$/, suggestion) } : {}) };
    ctx.report({ messageId: suggestion ? 'missingFile' : 'missingFileNoMatch', data, at });
    return;
  }
  const miss = file.problem ? undefined : unresolved(file.value, toPointer(target.pointer));
  if (!miss) return;
  const suggestion = nearestName(miss.missing, miss.existing);
  const data = { ref: site.ref, name: miss.missing, container: `${site.ref.split('#')[0]}${toPointer(miss.container)}`, ...(suggestion ? { suggestion } : {}) };
  ctx.report({ messageId: suggestion ? 'missing' : 'missingNoMatch', data, at });
}

/** A local `$ref` that points at nothing in the merged description, or only at other `$ref`s in a cycle. */
export const unresolvedRef: Rule<undefined, MessageId> = {
  name: 'unresolved-ref',
  meta: {
    description: 'Require every local $ref to resolve within the merged fragments of the document, and every file $ref to name an existing file.',
    messages: {
      missing: "Unresolved $ref '{{ref}}': there is no '{{name}}' in {{container}}; did you mean '{{suggestion}}'?",
      missingNoMatch: "Unresolved $ref '{{ref}}': there is no '{{name}}' in {{container}}; define it in a fragment of this document or fix the reference",
      missingFile: "File $ref '{{ref}}' names {{file}}, which does not exist; did you mean '{{suggestion}}'?",
      missingFileNoMatch: "File $ref '{{ref}}' names {{file}}, which does not exist; create it or fix the path",
      empty: '$ref has no value; write the reference in quotes, as in `$ref: \'#/components/schemas/Name\'`',
      emptyComment: "$ref has no value: in YAML an unquoted '#' starts a comment, so '{{ref}}' is not read; quote it: `$ref: '{{ref}}'`",
      cycle: '$ref cycle {{cycle}} never reaches a definition; define one of them instead of referring to the next',
      inCycle: '{{name}} refers on to {{next}} in the $ref cycle',
      malformed: "Malformed $ref '{{ref}}': a reference into this description starts with '#/', as in '#/components/schemas/Name'",
    },
    appliesTo,
  },
  check(ctx) {
    const model = modelOf(ctx);
    for (const site of refSites(model)) {
      if (site.kind === 'empty') {
        const ref = swallowed(model, site.fragment, site.path);
        ctx.report(ref ? { messageId: 'emptyComment', data: { ref }, at: model.locateIn(site.fragment, site.path) } : { messageId: 'empty', at: model.locateIn(site.fragment, site.path) });
        continue;
      }
      if (site.kind === 'file') checkFileRef(ctx, model, site);
      if (site.kind !== 'local') continue;
      const at = model.locateIn(site.fragment, site.path);
      if (site.ref !== '#' && !site.ref.startsWith('#/')) {
        ctx.report({ messageId: 'malformed', data: { ref: site.ref }, at });
        continue;
      }
      const miss = unresolved(model.merged.description, site.ref);
      if (!miss || brokenDefines(model, site.ref)) continue;
      const suggestion = nearestName(miss.missing, miss.existing);
      const data = { ref: site.ref, name: miss.missing, container: toPointer(miss.container), ...(suggestion ? { suggestion } : {}) };
      ctx.report({ messageId: suggestion ? 'missing' : 'missingNoMatch', data, at });
    }
    for (const { members } of refCycles(model)) {
      const names = members.map(shortName);
      const related = members.slice(1).map((p, i) => ({ messageId: 'inCycle' as const, data: { name: names[i + 1], next: names[(i + 2) % names.length] }, at: model.locate([...p, '$ref']) }));
      ctx.report({ messageId: 'cycle', data: { cycle: [...names, names[0]].join(' → ') }, at: model.locate([...members[0], '$ref']), related });
    }
  },
};
