import { RuleTester } from '@design-check/core';
import { responseDescription } from './response-description.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'openapi' }).run(responseDescription, {
  valid: [
    md('```yaml', 'paths:', '  /a:', '    get:', '      responses:', "        '200': {description: OK.}", "        '404': {$ref: '#/components/responses/NotFound'}", '```', '', '```yaml', 'components:', '  responses:', '    NotFound: {description: Not found.}', '```'),
  ],
  invalid: [
    {
      name: 'an inline response and a response component',
      code: md(
        '## API Contracts',
        '',
        '```yaml',
        'paths:',
        '  /refunds/{id}:',
        '    get:',
        '      responses:',
        "        '200':",
        '          content:',
        '            application/json: {schema: {type: object}}',
        "        404: {description: ''}",
        'components:',
        '  responses:',
        '    Conflict:',
        '      content: {}',
        '```',
      ),
      errors: [
        { messageId: 'missing', line: 8, column: 9, data: { code: '200', operation: 'GET /refunds/{id}' } },
        { messageId: 'missing', line: 11, column: 9, data: { code: '404', operation: 'GET /refunds/{id}' } },
        { messageId: 'missingComponent', line: 14, column: 5, message: "Response component 'Conflict' has no description; add `description:` (OpenAPI requires it on every response)." },
      ],
    },
  ],
});
