import { isUnfilled, type DesignDoc, type Rule } from '@design-check/core';
import { mayHaveFragments, openApiModelOf, operations, type OperationSite } from '@design-check/openapi-model';
import { wordStems } from '../cells.js';
import { sloModel, type SpanRow } from '../model.js';

type MessageId = 'missing' | 'missingNoId' | 'plan';

const ALL = /\b(?:all|every|each)\s+(?:new\s+|public\s+|http\s+|api\s+|rest\s+)*(?:endpoints?|operations?|routes?|requests?)\b/i;
const route = (path: string) => path.toLowerCase().replace(/\{[^}]*\}|:[\w-]+/g, '{}').replace(/\/+$/, '');

/** True when a row of the plan names the operation: its operationId, its path, or a span with its words. */
function names(row: SpanRow, site: OperationSite): boolean {
  const id = typeof site.op.operationId === 'string' ? site.op.operationId : '';
  if (id && new RegExp(`(?<![\\w])${id.replace(/[^\w]/g, '\\$&')}(?![\\w])`, 'i').test(row.text)) return true;
  const paths = row.text.match(/\/[\w{}:.\-/]*/g) ?? [];
  if (site.base === 'paths' && paths.some((p) => route(p) === route(site.route))) return true;
  if (site.base === 'webhooks' && row.text.includes(site.route)) return true;
  if (!id) return false;
  const wanted = wordStems(id);
  return wanted.length > 1 && row.names.some((n) => {
    const have = new Set(wordStems(n.name));
    return wanted.every((w) => have.has(w));
  });
}

/** Every OpenAPI operation of the design has an entry in the Instrumentation Plan. */
export const operationInstrumented: Rule<Record<string, never>, MessageId> = {
  name: 'operation-instrumented',
  meta: {
    description: 'Warn about OpenAPI operations that no Instrumentation Plan entry names by operationId, path or span.',
    messages: {
      missing: "Unexpected operation {{operation}} ('{{operationId}}') without an Instrumentation Plan entry, expected a row that names '{{operationId}}', its path or its span",
      missingNoId: 'Unexpected operation {{operation}} without an Instrumentation Plan entry, expected a row that names its path or its span',
      plan: 'The Instrumentation Plan that should name it',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: (doc: DesignDoc) => mayHaveFragments(doc) && !!(sloModel(doc).observability || sloModel(doc).spans.length),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    if (model.spans.some((r) => ALL.test(r.text))) return;
    // A plan still holding only the template's examples is structure/no-placeholders' finding.
    if (model.spans.length && model.spans.every((r) => r.row.cells.every(isUnfilled))) return;
    const api = openApiModelOf(ctx);
    const plan = model.spanTables[0];
    for (const site of operations(api)) {
      if (model.spans.some((r) => names(r, site))) continue;
      const operationId = typeof site.op.operationId === 'string' ? site.op.operationId : '';
      ctx.report({
        messageId: operationId ? 'missing' : 'missingNoId',
        data: { operation: site.label, ...(operationId ? { operationId } : {}) },
        at: api.locateIn(site.fragment.index, site.path),
        ...(plan ? { related: [{ messageId: 'plan' as const, at: plan }] } : {}),
      });
    }
  },
};
