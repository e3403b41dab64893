import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
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
    { name: 'a broken yaml block with a nested paths key is not OpenAPI', code: md('```yaml', 'ingress:', '  paths:', '    - /a', '   - /b', '```') },
    { name: 'aliases within the limit', code: md('```yaml', 'components:', '  schemas:', '    A: &s {type: string}', '    B: *s', '```') },
    {
      name: 'a block of two YAML documents (`---`) is two fragments, not an error',
      code: md('```yaml', 'openapi: 3.1.0', 'paths: {}', '---', 'components:', '  schemas:', '    A: {type: string}', '```'),
    },
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
      errors: [{ messageId: 'syntax', line: 4, column: 1, message: 'Invalid YAML in this OpenAPI fragment: map keys must be unique; fix it so that the fragment can be checked' }],
    },
    {
      name: 'invalid JSON (trailing comma) that YAML would accept',
      code: md('```json', '{', '  "openapi": "3.0.3",', '  "paths": {},', '}', '```'),
      // The trailing comma itself, not the brace after it where JSON.parse stops.
      errors: [{ messageId: 'json', line: 4, column: 14, message: "Invalid JSON in this OpenAPI fragment: trailing comma before '}' (JSON allows none); fix it so that the fragment can be checked" }],
    },
    {
      name: 'alias bomb',
      code: md(...bomb),
      errors: [{ messageId: 'aliases', line: 4, column: 10, message: 'YAML aliases in this OpenAPI fragment expand to more than 100 nodes; write the content out or raise settings.openapi.maxAliasCount' }],
    },
    {
      name: 'a tab used as indentation, reported on the tab (in a list item with a 4-space fence)',
      code: md('1. Redeem:', '', '    ```yaml', '    paths:', '      /gift-cards/{code}:', '        post:', '          parameters:', '    \t    - name: code', '    ```'),
      errors: [{ messageId: 'syntax', line: 8, column: 5, data: { reason: 'tabs are not allowed as indentation' } }],
    },
    {
      name: 'an error in the second YAML document of a block',
      code: md('```yaml', 'components:', '  schemas:', '    A: {type: string}', '---', 'paths:', '  /a:', '    get:', '      summary: A', '     description: bad', '```'),
      errors: [{ messageId: 'syntax', line: 10, column: 6 }],
    },
    { name: 'circular alias', code: md('```yaml', 'openapi: 3.0.3', 'x-loop: &l [*l]', '```'), errors: [{ messageId: 'circular', line: 3, column: 13 }] },
    {
      name: 'flow nesting deeper than the limit, at the bracket that passes it (no stack overflow at 5 000 levels)',
      code: md('```yaml', 'openapi: 3.0.3', `x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}`, '```'),
      errors: [{ messageId: 'tooDeep', line: 3, column: 73, message: 'This OpenAPI fragment nests deeper than 64 levels of maps and lists, too deep to check; name the inner schemas under components and $ref them, or raise settings.openapi.maxDepth' }],
    },
    {
      name: 'JSON nesting deeper than the limit',
      code: md('```json', `{"openapi": "3.0.3", "x-deep": ${'{"a": '.repeat(3000)}1${'}'.repeat(3000)}}`, '```'),
      errors: [{ messageId: 'tooDeep', line: 2, column: 410 }],
    },
    {
      name: 'block nesting deeper than a lower limit, at the first map past it',
      code: md('```yaml', 'openapi: 3.0.3', 'components:', '  schemas:', '    A:', '      properties:', '        p: {type: string}', '```'),
      settings: { openapi: { maxDepth: 4 } },
      errors: [{ messageId: 'tooDeep', line: 7, column: 9, data: { reason: 'nests deeper than 4 levels of maps and lists' } }],
    },
    {
      name: 'aliases that nest deeper than the limit once expanded',
      code: md('```yaml', 'openapi: 3.0.3', 'x-a: &a [[[[[[[[1]]]]]]]]', 'x-b: &b [[[[[[[[*a]]]]]]]]', 'x-c: &c [[[[[[[[*b]]]]]]]]', 'x-d: [[[[[[[[*c]]]]]]]]', '```'),
      settings: { openapi: { maxDepth: 20 } },
      errors: [{ messageId: 'tooDeep', line: 4, column: 17 }],
    },
    {
      name: 'fragment over the size limit',
      code: md('Text.', '', '```yaml', 'openapi: 3.0.3', 'paths: {}', '```'),
      settings: { openapi: { maxFragmentBytes: 10 } },
      errors: [{ messageId: 'tooLarge', line: 3, column: 1 }],
    },
  ],
});

describe('openapi/yaml-syntax output', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints no `yaml` warning to stderr (a collection used as a key)', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const code = md('```yaml', 'openapi: 3.0.3', 'x-lookup:', '  ? [a, b]', '  : 1', '```');
    expect(await lintWithRule(yamlSyntax, code, undefined, { plugin: 'openapi' })).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});
