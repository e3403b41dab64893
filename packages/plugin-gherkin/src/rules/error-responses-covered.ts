import { findTemplateSection, isPlaceholder, SECTION, type Rule } from '@design-check/core';
import { mayHaveFragments, openApiModelOf, responses, type ResponseSite } from '@design-check/openapi-model';
import { errorScenariosSection, gherkinModel, hasGherkin, inSection } from '../model.js';

interface Options {
  errorSectionOnly: boolean;
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The description's first clause (`Rate limit exceeded` of "Rate limit exceeded; see Retry-After."), or all of it when that clause is one word. */
function keyPhrase(description: string): string {
  const clause = (description.split(/[;.,:(]|\s[-–—]\s/)[0] ?? '').trim();
  return (words(clause).split(' ').length >= 2 ? clause : description.trim()).replace(/[.\s]+$/, '');
}

function names(r: ResponseSite, text: string): boolean {
  const code = /^([45])xx$/i.exec(r.status);
  const status = code ? new RegExp(`(?<![\\d.])${code[1]}(?:\\d\\d|xx)(?![\\d.]\\d)`, 'i') : new RegExp(`(?<![\\d.])${r.status}(?![\\d]|\\.\\d)`);
  if (status.test(text)) return true;
  const phrase = words(keyPhrase(r.description));
  return phrase.length > 0 && ` ${words(text)} `.includes(` ${phrase} `);
}

/** A 4xx or 5xx response of the design's API that no error scenario specifies. */
export const errorResponsesCovered: Rule<Options, 'uncovered' | 'uncoveredNoDescription' | 'section'> = {
  name: 'error-responses-covered',
  meta: {
    description: 'Warn about 4xx and 5xx responses of the OpenAPI fragments that no scenario names by status code or description.',
    messages: {
      uncovered: "Unexpected {{status}} response of {{operation}} that no error scenario names, expected a scenario that names {{status}} or '{{phrase}}'",
      uncoveredNoDescription: 'Unexpected {{status}} response of {{operation}} that no error scenario names, expected a scenario that names {{status}}',
      section: 'Error scenarios of the design are written here',
    },
    schema: {
      type: 'object',
      properties: { errorSectionOnly: { type: 'boolean', description: 'Count only the scenarios of the Error & Edge Case Scenarios section.' } },
      additionalProperties: false,
    },
    defaultOptions: { errorSectionOnly: false },
    appliesTo: (doc) => hasGherkin(doc) && mayHaveFragments(doc),
  },
  async check(ctx) {
    // An operation still summarised by a template placeholder (`"[Description]"`) is the template's example, not the design's API.
    const sample = (r: ResponseSite) => [r.operation.op.summary, r.operation.op.description].some((t) => typeof t === 'string' && isPlaceholder(t));
    const errors = responses(openApiModelOf(ctx)).filter((r) => /^[45](?:\d\d|xx)$/i.test(r.status) && !sample(r));
    if (errors.length === 0) return;
    const model = await gherkinModel(ctx.doc);
    const errorSection = errorScenariosSection(ctx.doc);
    const section = errorSection ?? findTemplateSection(ctx.doc, SECTION.behavioralSpecifications);
    const inScope = (line: number) => !ctx.options.errorSectionOnly || inSection(errorSection, line);
    // A block the parser could not read still specifies what it says (its comment lines apart).
    const texts = [
      ...model.scenarios.filter((s) => !s.background && inScope(s.block.code.line)).map((s) => s.text),
      ...model.blocks.filter((b) => !b.parsed && inScope(b.code.line)).map((b) => b.code.lines.filter((l) => !l.trim().startsWith('#')).join('\n')),
    ];
    for (const r of errors) {
      if (texts.some((t) => names(r, t))) continue;
      const phrase = keyPhrase(r.description);
      ctx.report({
        messageId: phrase ? 'uncovered' : 'uncoveredNoDescription',
        data: { status: r.status, operation: r.operation.label, ...(phrase ? { phrase } : {}) },
        at: r.at,
        ...(section ? { related: [{ messageId: 'section' as const, at: { line: section.line, column: section.column } }] } : {}),
      });
    }
  },
};
