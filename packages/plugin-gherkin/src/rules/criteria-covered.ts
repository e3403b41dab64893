import { findTemplateSection, SECTION, type Rule } from '@design-check/core';
import { behaviorModel, contractModel, hasBehaviors } from '../model.js';

interface Options {
  measuredPattern: string;
}

function pattern(source: string): RegExp | undefined {
  try {
    return source ? new RegExp(source, 'i') : undefined;
  } catch (e) {
    throw new Error(`option measuredPattern is not a regular expression: ${(e as Error).message}`);
  }
}

/** An acceptance criterion of the Outcome Contract that no behaviour relates to. */
export const criteriaCovered: Rule<Options, 'uncovered'> = {
  name: 'criteria-covered',
  meta: {
    description: 'Warn about Outcome Contract acceptance criteria that no behaviour relates to.',
    messages: {
      uncovered: "Unexpected acceptance criterion #{{n}} of {{file}} ('{{text}}') that no behaviour relates to, expected a behaviour whose Relates to line names #{{n}}",
    },
    schema: {
      type: 'object',
      properties: { measuredPattern: { type: 'string', description: 'Criteria matching this regular expression (case-insensitive) are measured targets, checked by the Performance Budgets and SLOs rather than by scenarios; "" exempts none.' } },
      additionalProperties: false,
    },
    defaultOptions: { measuredPattern: '\\bp(?:50|75|90|95|99|99\\.9)\\b|\\bSLOs?\\b|\\blatency\\b|\\bavailability\\b|\\bthroughput\\b|\\buptime\\b|\\berror rate\\b' },
    appliesTo: hasBehaviors,
  },
  async check(ctx) {
    const contract = await contractModel(ctx.doc, ctx.projectRoot);
    const spec = findTemplateSection(ctx.doc, SECTION.behavioralSpecifications);
    if (contract?.state !== 'read' || !spec) return;
    const covered = new Set(behaviorModel(ctx.doc).flatMap((b) => (b.relatesTo?.refs ?? []).map((r) => r.n)));
    const measured = pattern(ctx.options.measuredPattern);
    for (const [n, text] of [...contract.criteria].sort((a, b) => a[0] - b[0])) {
      if (covered.has(n) || measured?.test(text)) continue;
      const short = text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
      ctx.report({ messageId: 'uncovered', data: { n, file: contract.href, text: short }, at: { line: spec.line, column: spec.column } });
    }
  },
};
