import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brief, lintAll } from './helpers.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const example = (path: string) => ({ text: readFileSync(`${repo}examples/${path}`, 'utf8'), path: `${repo}examples/${path}` });
const lint = (path: string) => {
  const { text, path: file } = example(path);
  return lintAll(text, { path: file, projectRoot: repo });
};

describe('the bundled examples, with the gherkin plugin alone', () => {
  it('the clean designs give nothing', async () => {
    expect(brief(await lint('refund-service/TECHNICAL-DESIGN.md'))).toEqual([]);
    expect(brief(await lint('search-indexing/TECHNICAL-DESIGN.md'))).toEqual([]);
  });

  it('gherkin-defects.md: every planted defect on its line, with what to write instead', async () => {
    const found = await lint('defects/gherkin-defects.md');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      "89:9 gherkin/error-responses-covered Unexpected 429 response of POST /v1/gift-cards/{code}/redemptions that no error scenario names, expected a scenario that names 429 or 'Too many redemption attempts for this card'",
      "193:1 gherkin/criteria-covered Unexpected acceptance criterion #2 of ./GIFT-CARDS-OUTCOME-CONTRACT.md ('When the card payment of a split-tender order fails, the gift card ba…') that no behaviour relates to, expected a behaviour whose Relates to line names #2",
      "193:1 gherkin/criteria-covered Unexpected acceptance criterion #4 of ./GIFT-CARDS-OUTCOME-CONTRACT.md ('Every redemption appears on the shopper's receipt and in the card's s…') that no behaviour relates to, expected a behaviour whose Relates to line names #4",
      "203:3 gherkin/syntax Unexpected keyword 'Wehn', did you mean 'When'?",
      "208:1 gherkin/relates-to Unexpected behaviour 'Behavior 2: A failed card payment gives the balance back' without a Relates to line, expected '**Relates to:** Outcome Contract acceptance criterion #N' before its scenarios",
      "211:1 gherkin/scenario-complete Unexpected scenario 'Bank card declined after the gift card was debited' without a Then step, expected the expected outcome as a Then step",
      '220:55 gherkin/criterion-exists Unexpected acceptance criterion #5: ./GIFT-CARDS-OUTCOME-CONTRACT.md has criteria #1, #2, #3, #4, expected one of them',
      "226:56 gherkin/outline-placeholders Unexpected placeholder <limt>: the Examples on line 228 have no 'limt' column, did you mean <limit>?",
      "229:28 gherkin/examples-columns-used Unexpected Examples column 'limit' that no step of 'A redemption above the per-checkout limit is refused' uses, expected <limit> in a step or the column removed",
      '231:5 gherkin/table-cell-count Unexpected 3 cells in this table row, expected 4 cells like the header on line 229',
      "238:1 gherkin/no-orphan-steps Unexpected step 'Given the card ledger is reachable' outside any scenario, expected it under a Scenario: line (or a Background: line for shared context)",
    ]);
    expect(found[0].related?.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual(['235:1 Error scenarios of the design are written here']);
  });
});
