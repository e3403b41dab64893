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
        { messageId: 'missingComponent', line: 14, column: 5, message: "Response component 'Conflict' has no description; add `description:` (OpenAPI requires it on every response)" },
      ],
    },
    {
      name: 'responses of callbacks, path item components and webhooks',
      code: md(
        '```yaml',
        'openapi: 3.1.0',
        'paths:',
        '  /orders:',
        '    post:',
        '      callbacks:',
        '        shipped:',
        "          '{$request.body#/callbackUrl}':",
        '            post:',
        "              responses: {'204': {content: {}}}",
        "      responses: {'201': {description: Created.}}",
        'webhooks:',
        '  orderPaid:',
        "    post: {responses: {'200': {}}}",
        'components:',
        '  pathItems:',
        '    Order:',
        '      get:',
        '        responses:',
        "          '200':",
        '            summary: The order.',
        '  callbacks:',
        '    Refunded:',
        "      '{$request.body#/url}': {post: {responses: {'204': {}}}}",
        '```',
      ),
      errors: [
        { messageId: 'missing', line: 10, column: 27, data: { code: '204', operation: "callback 'shipped' POST of POST /orders" } },
        { messageId: 'missing', line: 14, column: 24, data: { code: '200', operation: "webhook 'orderPaid' POST" } },
        { messageId: 'missing', line: 20, column: 11, data: { code: '200', operation: "GET of path item 'Order'" } },
        { messageId: 'missing', line: 24, column: 51, message: "Response '204' of callback 'Refunded' POST has no description; add `description:` (OpenAPI requires it on every response)" },
      ],
    },
  ],
});
