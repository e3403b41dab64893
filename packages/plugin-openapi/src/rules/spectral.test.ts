import { RuleTester } from '@design-check/core';
import { spectral } from './spectral.js';
import { fixture, md } from '../../test/helpers.js';

new RuleTester({ plugin: 'openapi' }).run(spectral, {
  valid: [
    { name: 'a clean design with split fragments', code: fixture('clean-split.md') },
    { name: 'a document without OpenAPI fragments', code: md('# Design', '', '```yaml', 'worker: {concurrency: 4}', '```') },
  ],
  invalid: [
    {
      name: 'a finding deep in a nested schema of a fragment inside a blockquote, reached through a $ref',
      code: fixture('nested-blockquote.md'),
      errors: [
        { messageId: 'finding', line: 11, column: 5, source: 'spectral:operation-description', message: 'Operation "description" must be present and non-empty string.' },
        { messageId: 'finding', line: 11, column: 5, source: 'spectral:operation-tags', message: 'Operation must have non-empty "tags" array.' },
        { messageId: 'finding', line: 42, column: 21, source: 'spectral:oas3-schema', message: '"maxLength" property must be integer.' },
      ],
    },
    {
      name: 'the engine\'s path-params finding when the own rule is off',
      code: md(
        '```yaml',
        'paths:',
        '  /cards/{cardId}:',
        '    delete:',
        '      operationId: deleteCard',
        '      summary: Delete a card',
        '      description: Deletes a stored card.',
        '      tags: [Cards]',
        '      responses:',
        "        '204': {description: Deleted.}",
        "        '404': {description: Not found.}",
        '```',
      ),
      errors: [{ messageId: 'finding', line: 4, column: 5, source: 'spectral:path-params', data: { code: 'path-params', message: 'Operation must define parameter "{cardId}" as expected by path "/cards/{cardId}".' } }],
    },
  ],
});
