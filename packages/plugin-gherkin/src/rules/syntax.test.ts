import { describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { syntax } from './syntax.js';
import { fence, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'gherkin' }).run(syntax, {
  valid: [
    { name: 'bare scenarios, no Feature line', code: md('## Behavior', '', ...fence('Scenario: Refund', '  Given a payment', '  When it is refunded', '  Then the balance drops')) },
    {
      name: 'Feature, Background, Rule, tags, doc string, data table, comments',
      code: md(
        ...fence(
          '@refunds',
          'Feature: Refunds',
          '  As a merchant I refund payments.',
          '',
          '  Background:',
          '    Given a captured payment',
          '',
          '  Rule: Partial refunds',
          '    # the balance is in minor units',
          '    @smoke',
          '    Example: Partial refund',
          '      When the merchant refunds 20.00 EUR',
          '        """json',
          '        {"amount": 2000}',
          '        """',
          '      Then the ledger holds',
          '        | account | amount |',
          '        | refunds | 2000   |',
        ),
      ),
    },
    { name: 'German, with its header', code: md(...fence('# language: de', 'Szenario: Erstattung', '  Angenommen eine Zahlung', '  Wenn sie erstattet wird', '  Dann sinkt der Saldo')) },
    { name: 'a description line starting with "The" is prose', code: md(...fence('Scenario: Refund', '  The merchant refunds from the dashboard.', '  Given a payment', '  When it is refunded', '  Then the balance drops')) },
    { name: '```feature and ```cucumber fences', code: md('```feature', 'Scenario: A', '  When x', '  Then y', '```', '', '```cucumber', 'Scenario: B', '  When x', '  Then y', '```') },
  ],
  invalid: [
    {
      name: 'a misspelled step keyword after a step',
      code: md('## Behavior', '', ...fence('Scenario: Refund', '  Given a payment', '  Wehn it is refunded', '  Then the balance drops')),
      errors: [{ messageId: 'misspelled', data: { word: 'Wehn', keyword: 'When' }, line: 6, column: 3 }],
    },
    {
      name: 'a misspelled Given before any step (read by the parser as description)',
      code: md(...fence('Scenario: Refund', '  Gvien a payment', '  When it is refunded', '  Then the balance drops')),
      errors: [{ messageId: 'misspelled', data: { word: 'Gvien', keyword: 'Given' }, line: 3, column: 3 }],
    },
    {
      name: 'a misspelled Scenario keyword',
      code: md(...fence('Scenrio: Refund', '  Given a payment', '  When it is refunded', '  Then the balance drops')),
      errors: [{ messageId: 'misspelled', data: { word: 'Scenrio', keyword: 'Scenario:' }, line: 2, column: 1 }],
    },
    {
      name: 'a numbered Scenario line is not a Scenario line',
      code: md(...fence('Scenario 1: Refund', '  When it is refunded', '  Then the balance drops')),
      errors: [{ messageId: 'misspelled', data: { word: 'Scenario 1', keyword: 'Scenario:' }, line: 2, column: 1 }],
    },
    {
      name: 'a stray line among the steps, and the other block still checked',
      code: md(...fence('Scenario: A', '  When x', '  the total is shown', '  Then y'), '', ...fence('Scenario: B', '  When x', '  Thne y')),
      errors: [
        { messageId: 'unexpected', data: { text: 'the total is shown', expected: 'the end of the block, a table row, a doc string, a step, a tag, Examples, a Scenario or a Rule' }, line: 4, column: 3 },
        { messageId: 'misspelled', data: { word: 'Thne', keyword: 'Then' }, line: 11, column: 3 },
      ],
    },
    {
      name: 'an unclosed doc string, pointed at where it opens',
      code: md(...fence('Scenario: A', '  When the body is', '    """', '    {"a": 1}', '  Then y')),
      errors: [{ messageId: 'eof', data: { expected: 'a closing """ of the doc string' }, line: 4, column: 5 }],
    },
    {
      name: 'an unknown language, with a hint',
      code: md(...fence('# language: DE', 'Szenario: A')),
      errors: [{ messageId: 'languageHint', data: { language: 'DE', hint: 'de' }, line: 2, column: 13 }],
    },
  ],
});

describe('gherkin/syntax positions', () => {
  it('are exact in a list item, a blockquote and with CRLF', async () => {
    const code = ['1. Steps:', '', '   ```gherkin', '   Scenario: A', '     Given x', '     Wehn y', '     Then z', '   ```', '', '> ```gherkin', '> Scenario: B', '>   When y', '>   Tehn z', '> ```', ''].join('\r\n');
    const found = await lintWithRule(syntax, code, undefined, { plugin: 'gherkin' });
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 6, "Unexpected keyword 'Wehn', did you mean 'When'?"],
      [13, 5, "Unexpected keyword 'Tehn', did you mean 'Then'?"],
    ]);
  });

  it('come from the error location, not from the parser text (the Feature line is supplied)', async () => {
    const code = md('# T', '', ...fence('# language: en', '', 'Scenario: A', '  When x', '  Then y', '  Background: late'));
    const [d] = await lintWithRule(syntax, code, undefined, { plugin: 'gherkin' });
    expect([d.line, d.column, d.messageId]).toEqual([9, 3, 'unexpected']);
  });
});
