import type { Rule } from '@design-check/core';
import { closestName } from '@design-check/core';
import { gherkinModel, hasGherkin, problemsOf } from '../model.js';
import { loadGherkin } from '../engines/gherkin.js';

type MessageId = 'misspelled' | 'unexpected' | 'eof' | 'language' | 'languageHint' | 'other';

/** Gherkin that the parser cannot read: misspelled keywords, stray lines, unclosed doc strings, unknown languages. */
export const syntax: Rule<undefined, MessageId> = {
  name: 'syntax',
  meta: {
    description: 'Require every gherkin block to parse with @cucumber/gherkin (a Feature line is not needed).',
    messages: {
      misspelled: "Unexpected keyword '{{word}}', did you mean '{{keyword}}'?",
      unexpected: "Unexpected '{{text}}' in the Gherkin block, expected {{expected}}",
      eof: 'Unexpected end of the Gherkin block, expected {{expected}}',
      language: "Unexpected Gherkin language '{{language}}', expected a language code of @cucumber/gherkin such as en, de or fr",
      languageHint: "Unexpected Gherkin language '{{language}}', did you mean '{{hint}}'?",
      other: 'Unexpected Gherkin: {{message}}',
    },
    appliesTo: hasGherkin,
  },
  async check(ctx) {
    for (const p of problemsOf(await gherkinModel(ctx.doc), 'misspelled', 'unexpected', 'eof', 'language', 'other')) {
      if (p.kind !== 'language') {
        ctx.report({ messageId: p.kind, data: p.data, at: p.at });
        continue;
      }
      const hint = closestName(String(p.data.language).toLowerCase(), Object.keys((await loadGherkin()).dialects), 1);
      ctx.report({ messageId: hint ? 'languageHint' : 'language', data: { ...p.data, ...(hint ? { hint } : {}) }, at: p.at });
    }
  },
};
