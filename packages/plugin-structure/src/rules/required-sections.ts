import { type Rule, findTemplateSection, OPTIONAL_SECTIONS, specName, TEMPLATE_SECTIONS, type SectionSpec } from '@design-check/core';
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

/** Every section of the template must be present, matched tolerantly at any level from 2 down. */
export const requiredSections: Rule<RequiredSectionsOptions, 'missing' | 'missingAtEnd'> = {
  name: 'required-sections',
  meta: {
    description: 'Require every section of the technical design template.',
    messages: {
      missing: 'Missing required section "{{section}}"; add it before "{{next}}"',
      missingAtEnd: 'Missing required section "{{section}}"; add it at the end of the document',
    },
    schema: sectionsSchema,
    defaultOptions: { sections: TEMPLATE_SECTIONS, optional: OPTIONAL_SECTIONS },
  },
  check(ctx) {
    const { doc } = ctx;
    const { sections, optional } = ctx.options;
    const order = [...sections, ...optional];
    const found = order.map((spec) => findTemplateSection(doc, spec));
    sections.forEach((spec, i) => {
      if (found[i]) return;
      const j = found.findIndex((s, k) => k > i && s);
      const section = specName(spec);
      if (j < 0) {
        ctx.report({ messageId: 'missingAtEnd', data: { section }, at: { line: lastContentLine(doc), column: 1 } });
        return;
      }
      const next = found[j]!;
      ctx.report({ messageId: 'missing', data: { section, next: next.title }, at: { line: next.line, column: next.column } });
    });
  },
};
