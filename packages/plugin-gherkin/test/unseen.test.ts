import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@design-check/core';
import gherkin from '../src/index.js';
import { brief, fixture, fixturePath, lintAll } from './helpers.js';

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every Gherkin finding on the exact markdown line and column, clean scenarios clean.
 */
const root = fixturePath('');
const lint = (name: string, config?: ReturnType<typeof resolveConfig>) => lintAll(fixture(name), { path: fixturePath(name), projectRoot: root, ...(config ? { config } : {}) });

describe('clean designs that the team had not seen give no finding', () => {
  const clean = [
    // Numbered `####` behaviours with an em dash, `> **Relates to:** AC-1` and `AC-2, AC-3` in
    // quotes, ```feature with a Feature description, Background, Rule, Example, tags, a data
    // table, a comment, a JSON doc string; a contract whose criteria are `AC-n` table rows.
    'unseen-clean-loyalty.md',
    // `# language: de` in every block: Funktionalität, Grundlage, Szenariogrundriss, Beispiele,
    // Angenommen/Wenn/Dann/Und/Aber; behaviours not called "Behavior"; `#1–#2`.
    'unseen-clean-de.md',
    // A remote outcome contract (never fetched), gherkin outside the Behavioral Specifications,
    // `*` steps, Scenario Template with two tagged `Scenarios:` tables, When/Then twice, an
    // escaped pipe, a ``` doc string inside a ````gherkin fence, errors named by description.
    'unseen-clean-catalog.md',
    // Second round: tab-indented steps, `**Relates to** — AC #2`, `- **Relates to:** [AC 1](…#anchor)`,
    // `acceptance criterion 3` without `#`, a contract with a nested numbered list, `4XX` and
    // `default` responses, `HTTP 409 Conflict`, a Feature description that starts with "Given".
    'unseen-clean-kyc.md',
  ];
  for (const name of clean) {
    it(name, async () => {
      expect(brief(await lint(name))).toEqual([]);
    });
  }

  it('stay clean under the strict preset', async () => {
    const config = resolveConfig([gherkin], { config: { extends: ['strict'] }, dir: '.' });
    for (const name of clean) expect(brief(await lint(name, config))).toEqual([]);
  });
});

describe('defects in designs that the team had not seen, each once, on its line', () => {
  it('emoji and bold headings, ~~~ fences, Relates-to in a table with a header row', async () => {
    expect(brief(await lint('unseen-defects-emoji.md'))).toEqual([
      '30:9 gherkin/error-responses-covered uncovered',
      '34:1 gherkin/criteria-covered uncovered',
      '46:25 gherkin/outline-placeholders missing',
      '49:14 gherkin/examples-columns-used unused',
      '53:1 gherkin/scenario-complete noThen',
      '59:1 gherkin/relates-to missing',
      '66:3 gherkin/outline-examples noRows',
      '73:1 gherkin/no-orphan-steps before',
    ]);
  });

  it('"Behaviour Specification" and "Error and edge cases" headings, a misplaced Relates-to, a range past the contract', async () => {
    const found = await lint('unseen-defects-returns.md');
    expect(brief(found)).toEqual([
      '32:1 gherkin/relates-to misplaced',
      '45:26 gherkin/criterion-exists unknown',
      '50:31 gherkin/outline-placeholders missing',
      '75:1 gherkin/no-empty-scenario emptyUnnamed',
    ]);
    expect(found[0].related?.map((r) => [r.line, r.column])).toEqual([[41, 3]]);
    expect(found[2].message).toBe("Unexpected placeholder <time>: the Examples on line 57 have no 'time' column, expected one of <items>, <state> or a 'time' column");
  });

  it('CRLF, fences in list items, misspelled keywords, an extra cell, a late Given, a duplicate name, a criterion the contract lacks', async () => {
    expect(fixture('crlf-unseen-defects-payments.md')).toContain('\r\n');
    const found = await lint('crlf-unseen-defects-payments.md');
    expect(brief(found)).toEqual([
      '33:1 gherkin/criteria-covered uncovered',
      '42:4 gherkin/syntax misspelled',
      '45:6 gherkin/syntax misspelled',
      '50:8 gherkin/table-cell-count count',
      '58:6 gherkin/step-order givenLate',
      '64:61 gherkin/criterion-exists unknown',
      '73:1 gherkin/unique-scenario-names duplicate',
    ]);
    expect(found.map((d) => d.message).slice(1, 3)).toEqual(["Unexpected keyword 'Scenaro Outline', did you mean 'Scenario Outline:'?", "Unexpected keyword 'Thne', did you mean 'Then'?"]);
  });

  it('second round: a duplicate outline name under a Rule, a Given after Then, a 503 no scenario names', async () => {
    expect(brief(await lint('unseen-defects-fx.md'))).toEqual([
      '28:9 gherkin/error-responses-covered uncovered',
      '61:3 gherkin/unique-scenario-names duplicate',
      '72:55 gherkin/criterion-exists unknown',
      '79:3 gherkin/step-order givenLate',
      '90:1 gherkin/scenario-complete noThen',
    ]);
  });
});
