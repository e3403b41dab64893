import { RuleTester } from '@design-check/core';
import { redocly } from './redocly.js';
import { fixture, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'openapi' }).run(redocly, {
  valid: [
    { name: 'a clean design with split fragments', code: fixture('clean-split.md') },
    { name: 'a fragment with components only: no paths, info, servers or license noise', code: md('```yaml', 'components:', '  schemas:', '    Money: {type: object, properties: {amount: {type: integer}}}', '```') },
  ],
  invalid: [
    {
      name: 'a finding deep in a nested schema of a fragment inside a blockquote, reached through a $ref',
      code: fixture('nested-blockquote.md'),
      errors: [
        { messageId: 'finding', line: 11, column: 5, source: 'redocly:operation-summary', message: 'Operation object should contain `summary` field.' },
        { messageId: 'finding', line: 13, column: 7, source: 'redocly:operation-4xx-response', message: 'Operation must have at least one `4XX` response.' },
        { messageId: 'finding', line: 42, column: 21, source: 'redocly:struct', message: 'Expected type `integer` but got `string`.' },
      ],
    },
    {
      name: 'a misspelt key in a CRLF document',
      code: md('# Design', '', '```yaml', 'paths:', '  /a:', '    get:', '      summary: A', '      operationId: a', '      responses:', "        '200': {description: OK, contnt: {}}", "        '400': {description: Bad}", '```').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'finding', line: 10, column: 34, source: 'redocly:struct', message: 'Property `contnt` is not expected here.' }],
    },
  ],
});
