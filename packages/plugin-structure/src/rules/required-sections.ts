import { type DesignDoc, type Rule, type Section, editDistance, findTemplateSection, headingNames, normalizeName, OPTIONAL_SECTIONS, SECTION, specName, specNames, TEMPLATE_SECTIONS, type SectionSpec } from '@design-check/core';
import { lastContentLine } from '../util/sections.js';

/** Options of `structure/required-sections`. */
export interface RequiredSectionsOptions {
  /** Required sections in template order; an entry may list several accepted names. */
  sections: SectionSpec[];
  /** Sections that may be absent; used only to place a missing section. */
  optional: SectionSpec[];
}

const sectionList = { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] } };

/** JSON Schema shared by `required-sections` and `section-order`. */
export const sectionsSchema = {
  type: 'object',
  properties: { sections: sectionList, optional: sectionList },
  additionalProperties: false,
};

/** True when a heading is a shortened or misspelt name of the section (`Observability` for "Observability Design"). */
function nearName(heading: string, spec: SectionSpec): boolean {
  const h = normalizeName(heading);
  return h.length >= 3 && specNames(spec).map(normalizeName).some((n) => n.startsWith(`${h} `) || editDistance(h, n) <= Math.max(1, Math.floor(n.length / 6)));
}

/** Headings at the level of the template's sections that name none of them: candidates for "did you mean". */
function unnamed(doc: DesignDoc, found: Array<Section | undefined>): Section[] {
  const known = Object.values(SECTION) as SectionSpec[];
  const depth = Math.min(...found.map((s) => s?.depth ?? 2));
  return doc.sections.filter((s) => s.depth === depth && !known.some((spec) => headingNames(s.title, spec)));
}

/** Every section of the template must be present, matched tolerantly at any level from 2 down. */
export const requiredSections: Rule<RequiredSectionsOptions, 'missing' | 'missingAtEnd' | 'renamed'> = {
  name: 'required-sections',
  meta: {
    description: 'Require every section of the technical design template.',
    messages: {
      missing: 'Missing required section "{{section}}"; add it before "{{next}}"',
      missingAtEnd: 'Missing required section "{{section}}"; add it at the end of the document',
      renamed: 'Missing required section "{{section}}"; did you mean "{{heading}}"? Rename it to "{{section}}"',
    },
    schema: sectionsSchema,
    defaultOptions: { sections: TEMPLATE_SECTIONS, optional: OPTIONAL_SECTIONS },
  },
  check(ctx) {
    const { doc } = ctx;
    const { sections, optional } = ctx.options;
    const order = [...sections, ...optional];
    const found = order.map((spec) => findTemplateSection(doc, spec));
    const candidates = unnamed(doc, found);
    sections.forEach((spec, i) => {
      if (found[i]) return;
      const section = specName(spec);
      const near = candidates.find((s) => nearName(s.title, spec));
      if (near) {
        candidates.splice(candidates.indexOf(near), 1);
        ctx.report({ messageId: 'renamed', data: { section, heading: near.title }, at: { line: near.line, column: near.column } });
        return;
      }
      const j = found.findIndex((s, k) => k > i && s);
      if (j < 0) {
        ctx.report({ messageId: 'missingAtEnd', data: { section }, at: { line: lastContentLine(doc), column: 1 } });
        return;
      }
      const next = found[j]!;
      ctx.report({ messageId: 'missing', data: { section, next: next.title }, at: { line: next.line, column: next.column } });
    });
  },
};
