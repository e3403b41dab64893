import { RuleTester } from '@design-check/core';
import { yamlSyntax } from './yaml-syntax.js';
import { md } from '../../test/helpers.js';

const bomb = [
  '```yaml',
  'openapi: 3.0.3',
  'x-a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]',
  'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'x-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '```',
];

new RuleTester({ plugin: 'openapi' }).run(yamlSyntax, {
  valid: [
    md('# Design', '', '```yaml', 'openapi: 3.0.3', 'paths: {}', '```'),
    { name: 'a broken yaml block that is not OpenAPI is left alone', code: md('```yaml', 'worker:', '  a: 1', ' b: 2', '```') },
    { name: 'aliases within the limit', code: md('```yaml', 'components:', '  schemas:', '    A: &s {type: string}', '    B: *s', '```') },
  ],
  invalid: [
    {
      name: 'bad indentation, reported at the offending key; the next fragment still parses',
      code: md('# Design', '', '## API', '', '```yaml', 'paths:', '  /a:', '    get:', '      summary: A', '     description: bad', '```', '', '```yaml', 'components: {}', '```'),
      errors: [{ messageId: 'syntax', line: 10, column: 6, data: { reason: 'all mapping items must start at the same column' } }],
    },
    {
      name: 'inside a list item the column includes the indentation',
      code: md('1. Step', '', '   ```yaml', '   openapi: 3.0.3', '   paths:', '     /a: {get: {responses: {}}', '   ```'),
      errors: [{ messageId: 'syntax', line: 6, column: 31, data: { reason: 'flow map in block collection must be sufficiently indented and end with a }' } }],
    },
    {
      name: 'duplicate key',
      code: md('```yaml', 'openapi: 3.0.3', 'paths: {}', 'paths: {}', '```'),
      errors: [{ messageId: 'syntax', line: 4, column: 1, message: 'Invalid YAML in this OpenAPI fragment: map keys must be unique; fix it so that the fragment can be checked.' }],
    },
    {
      name: 'invalid JSON (trailing comma) that YAML would accept',
      code: md('```json', '{', '  "openapi": "3.0.3",', '  "paths": {},', '}', '```'),
      errors: [{ messageId: 'json', line: 5, column: 1, data: { reason: 'expected double-quoted property name' } }],
    },
    { name: 'alias bomb', code: md(...bomb), errors: [{ messageId: 'aliases', line: 4, column: 10 }] },
    { name: 'circular alias', code: md('```yaml', 'openapi: 3.0.3', 'x-loop: &l [*l]', '```'), errors: [{ messageId: 'circular', line: 3, column: 13 }] },
    {
      name: 'fragment over the size limit',
      code: md('Text.', '', '```yaml', 'openapi: 3.0.3', 'paths: {}', '```'),
      settings: { openapi: { maxFragmentBytes: 10 } },
      errors: [{ messageId: 'tooLarge', line: 3, column: 1 }],
    },
  ],
});
