import { RuleTester } from '@design-check/core';
import { externalRef } from './external-ref.js';
import { md } from '../../test/helpers.js';

new RuleTester({ plugin: 'openapi' }).run(externalRef, {
  valid: [
    md('```yaml', 'components:', '  schemas:', "    A: {$ref: '#/components/schemas/B'}", '    B: {type: string}', '```'),
    { name: 'a file inside the project is allowed by default (and never read)', code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: './schemas/a.yaml#/A'}", '```') },
  ],
  invalid: [
    {
      name: 'remote and outside-root refs, each on its own $ref line',
      code: md(
        '## 2. API Contracts',
        '',
        '```yaml',
        'paths:',
        '  /disputes:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: Disputes.',
        '          content:',
        '            application/json:',
        '              schema:',
        "                $ref: 'https://schemas.example.com/dispute-list.json'",
        "        '400': {$ref: 'http://example.com/errors.yaml#/BadRequest'}",
        'components:',
        '  schemas:',
        "    Evidence: {$ref: '../../../../../etc/passwd'}",
        "    Audit: {$ref: '/../outside.yaml'}",
        '```',
      ),
      errors: [
        { messageId: 'remote', line: 13, column: 17, data: { ref: 'https://schemas.example.com/dispute-list.json' } },
        { messageId: 'remote', line: 14, column: 17, data: { ref: 'http://example.com/errors.yaml#/BadRequest' } },
        { messageId: 'outside', line: 17, column: 16, message: "File $ref '../../../../../etc/passwd' points outside the project root and is not read; reference a component of this document instead" },
        { messageId: 'outside', line: 18, column: 13, data: { ref: '/../outside.yaml' } },
      ],
    },
    {
      name: 'an absolute path, a home path and a file: URL are outside the project, whatever exists',
      code: md(
        '```yaml',
        'components:',
        '  schemas:',
        "    Passwd: {$ref: '/etc/passwd'}",
        "    Key: {$ref: '~/.ssh/id_rsa#/key'}",
        "    Other: {$ref: '~ci/.npmrc'}",
        "    Shadow: {$ref: 'file:///etc/shadow'}",
        '```',
      ),
      errors: [
        { messageId: 'outside', line: 4, column: 14, data: { ref: '/etc/passwd' } },
        { messageId: 'outside', line: 5, column: 11, data: { ref: '~/.ssh/id_rsa#/key' } },
        { messageId: 'outside', line: 6, column: 13, data: { ref: '~ci/.npmrc' } },
        { messageId: 'remote', line: 7, column: 14, data: { ref: 'file:///etc/shadow' } },
      ],
    },
    {
      name: 'with allowFilesInProject: false, files inside the project are reported too',
      code: md('```yaml', 'components:', '  schemas:', "    A: {$ref: './schemas/a.yaml#/A'}", '```'),
      options: { allowFilesInProject: false },
      errors: [{ messageId: 'file', line: 4, column: 9 }],
    },
  ],
});
