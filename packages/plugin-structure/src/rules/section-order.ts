import { type Rule, type Section, findTemplateSection, OPTIONAL_SECTIONS, specName, TEMPLATE_SECTIONS } from '@design-check/core';
import { sectionsSchema, type RequiredSectionsOptions } from './required-sections.js';

/**
 * The indexes of a longest strictly increasing subsequence of `xs`. Among equally long ones,
 * lower values are kept, so the section reported is the one that came too early.
 */
function longestIncreasing(xs: number[]): Set<number> {
  const len: number[] = [];
  const prev: number[] = [];
  xs.forEach((x, i) => {
    len[i] = 1;
    prev[i] = -1;
    for (let j = 0; j < i; j++) {
      if (xs[j] >= x) continue;
      if (len[j] + 1 > len[i] || (len[j] + 1 === len[i] && xs[j] < xs[prev[i]])) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  });
  let best = -1;
  len.forEach((l, i) => {
    if (best < 0 || l > len[best] || (l === len[best] && xs[i] < xs[best])) best = i;
  });
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/** The template's sections that are present must appear in the template's order. */
export const sectionOrder: Rule<RequiredSectionsOptions, 'after' | 'before' | 'belongsAfter' | 'belongsBefore'> = {
  name: 'section-order',
  meta: {
    description: 'Require the template sections in the template order.',
    messages: {
      after: 'Unexpected section "{{section}}" here, expected it after "{{other}}"',
      before: 'Unexpected section "{{section}}" here, expected it before "{{other}}"',
      belongsAfter: '"{{section}}" belongs after this section',
      belongsBefore: '"{{section}}" belongs before this section',
    },
    schema: sectionsSchema,
    defaultOptions: { sections: TEMPLATE_SECTIONS, optional: OPTIONAL_SECTIONS },
  },
  check(ctx) {
    const { sections, optional } = ctx.options;
    const present: Array<{ rank: number; name: string; section: Section }> = [];
    [...sections, ...optional].forEach((spec, rank) => {
      const section = findTemplateSection(ctx.doc, spec);
      if (section) present.push({ rank, name: specName(spec), section });
    });
    present.sort((a, b) => a.section.line - b.section.line);
    const keep = longestIncreasing(present.map((p) => p.rank));
    const inOrder = present.filter((_, i) => keep.has(i));
    present.forEach((p, i) => {
      if (keep.has(i)) return;
      // Too late when a section that belongs after it already came; else too early.
      const next = inOrder.find((q) => q.rank > p.rank);
      const late = !!next && next.section.line < p.section.line;
      const before = late ? undefined : inOrder.filter((q) => q.rank < p.rank).pop();
      const other = before ?? next!;
      ctx.report({
        messageId: before ? 'after' : 'before',
        data: { section: p.section.title, other: other.section.title },
        at: { line: p.section.line, column: p.section.column },
        related: [{ messageId: before ? 'belongsAfter' : 'belongsBefore', data: { section: p.name }, at: { line: other.section.line, column: other.section.column } }],
      });
    });
  },
};
