import { RuleTester } from '@design-check/core';
import { errorResponsesCovered } from './error-responses-covered.js';
import { fence, md } from '../../test/helpers.js';

const api = [
  '## API Contracts',
  '',
  '```yaml',
  'paths:',
  '  /v1/gift-cards/{code}/redemptions:',
  '    post:',
  '      responses:',
  "        '201': {description: Redeemed.}",
  "        '409': {description: 'Balance too low for this amount.'}",
  "        '429':",
  "          $ref: '#/components/responses/TooManyRequests'",
  "        '5XX': {description: Card ledger unavailable}",
  'components:',
  '  responses:',
  '    TooManyRequests:',
  '      description: Rate limit exceeded; see the Retry-After header.',
  '```',
  '',
  '## Behavioral Specifications',
  '',
];

const spec = (...lines: string[]) => md(...api, ...lines);

new RuleTester({ plugin: 'gherkin' }).run(errorResponsesCovered, {
  valid: [
    spec(
      '### Behavior 1: Redeem',
      '',
      ...fence('Scenario: Redeem more than the balance', '  When the shopper redeems 60.00 EUR', '  Then the response status is 409'),
      '',
      '### Error & Edge Case Scenarios',
      '',
      ...fence(
        'Scenario: Too many attempts',
        '  When the shopper sends 11 redemptions in one minute',
        '  Then the request is rejected: rate limit exceeded',
        '',
        'Scenario Outline: Ledger outage',
        '  When the ledger answers <code>',
        '  Then the redemption is not applied',
        '  Examples:',
        '    | code |',
        '    | 503  |',
      ),
    ),
    { name: 'a design without gherkin is left alone', code: md(...api) },
    {
      name: "the template's example operation is not the design's API",
      code: md('```yaml', 'paths:', '  /api/v2/example:', '    post:', '      summary: "[Description]"', '      responses:', "        '429': {description: Rate limited}", '```', '', ...fence('Scenario: [Error case name]', '  When x', '  Then y')),
    },
  ],
  invalid: [
    {
      name: 'a 429 and a 5XX that no scenario names; 4290 and 1.409 do not name them',
      code: spec(
        '### Error & Edge Case Scenarios',
        '',
        ...fence('Scenario: Balance too low', '  When the shopper redeems 4290 cents', '  Then the response is 409 and the balance stays 1.409 EUR'),
      ),
      errors: [
        {
          messageId: 'uncovered',
          data: { status: '429', operation: 'POST /v1/gift-cards/{code}/redemptions', phrase: 'Rate limit exceeded' },
          line: 10,
          column: 9,
          related: [{ messageId: 'section', line: 21, column: 1 }],
        },
        {
          messageId: 'uncovered',
          data: { status: '5XX', operation: 'POST /v1/gift-cards/{code}/redemptions', phrase: 'Card ledger unavailable' },
          line: 12,
          column: 9,
          related: [{ messageId: 'section', line: 21, column: 1 }],
        },
      ],
    },
    {
      name: 'only the error section counts when asked; the description counts as much as the code',
      options: { errorSectionOnly: true },
      code: spec(
        '### Behavior 1: Redeem',
        '',
        ...fence('Scenario: Redeem more than the balance', '  When the shopper redeems 60.00 EUR', '  Then the response status is 409', '  And the body says "balance too low for this amount"'),
        '',
        '### Error & Edge Case Scenarios',
        '',
        ...fence('Scenario: Outage', '  When the ledger times out', '  Then the shopper sees "Card ledger unavailable"', '', 'Scenario: Burst', '  When 11 redemptions arrive within a minute', '  Then the response says rate limit exceeded'),
      ),
      errors: [
        {
          messageId: 'uncovered',
          data: { status: '409', operation: 'POST /v1/gift-cards/{code}/redemptions', phrase: 'Balance too low for this amount' },
          line: 9,
          column: 9,
          related: [{ messageId: 'section', line: 30, column: 1 }],
        },
      ],
    },
  ],
});
