import { describe, expect, it } from 'vitest';
import { parseDesignDoc } from '@design-check/core';
import { DEFAULT_LIMITS, findFragments } from './parse.js';
import { openApiModel } from './model.js';

/** Join lines into a markdown document (line 1 is the first argument). */
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const found = (text: string) => findFragments(parseDesignDoc(text), DEFAULT_LIMITS).map((f) => `${f.block.line}:${f.problem?.kind ?? 'ok'}`);

describe('which blocks are OpenAPI fragments', () => {
  it('leaves alone YAML and JSON that only happen to have such a key', () => {
    const text = md(
      '# Design',
      '',
      'An AsyncAPI document (its components have messages):',
      '',
      '```yaml',
      'asyncapi: 2.6.0',
      'channels: {points.earned: {subscribe: {message: {$ref: "#/components/messages/Earned"}}}}',
      'components:',
      '  messages: {Earned: {payload: {type: object}}}',
      '```',
      '',
      'A components-only AsyncAPI fragment:',
      '',
      '```yaml',
      'components:',
      '  messages: {Earned: {payload: {$ref: "#/components/schemas/Earned"}}}',
      '  schemas: {Earned: {type: object}}',
      '```',
      '',
      'A service config:',
      '',
      '```yaml',
      'server: {port: 8080}',
      'paths:',
      '  - /var/lib/fulfilment',
      'components:',
      '  enabled: [tracking, labels]',
      '```',
      '',
      'A tsconfig:',
      '',
      '```json',
      '{"compilerOptions": {"baseUrl": "."}, "paths": {"@legacy/*": ["legacy/*"]}}',
      '```',
      '',
      'A code generator config:',
      '',
      '```yaml',
      'openapi:',
      '  input: ./refunds.yaml',
      '  output: src/generated',
      '```',
    );
    expect(found(text)).toEqual([]);
  });

  it('takes webhooks-only fragments, a typo in a component type, paths without a slash and extensions', () => {
    const text = md(
      '```yaml',
      'webhooks:',
      '  refundSettled:',
      '    post: {responses: {"204": {description: Received.}}}',
      '```',
      '',
      '```yaml',
      'components:',
      '  schema:',
      '    Refund: {type: object}',
      '```',
      '',
      '```yaml',
      'paths:',
      '  refunds:',
      '    get: {responses: {"200": {description: OK.}}}',
      '```',
      '',
      '```yaml',
      'components:',
      '  x-limits: {maxRefunds: 3}',
      '```',
    );
    expect(found(text)).toEqual(['1:ok', '7:ok', '13:ok', '19:ok']);
  });

  it('takes the `lang:file` info string', () => {
    expect(found(md('```yaml:refunds.yaml', 'openapi: 3.1.0', 'paths: {}', '```'))).toEqual(['1:ok']);
  });

  it('takes each YAML document of a block with `---` separators as a fragment', () => {
    const text = md(
      '- Components:',
      '',
      '  ```yaml',
      '  ---',
      '  components:',
      '    schemas:',
      '      Refund: {type: object}',
      '  ---',
      '  # responses, second document',
      '  components:',
      '    responses:',
      '      NotFound: {description: Not found.}',
      '  ...',
      '  ```',
    );
    const model = openApiModel(parseDesignDoc(text));
    expect(model.fragments.map((f) => [f.index, f.block.line, f.problem?.kind ?? 'ok'])).toEqual([
      [0, 3, 'ok'],
      [1, 3, 'ok'],
    ]);
    expect(model.locateIn(1, ['components', 'responses', 'NotFound'])).toEqual({ line: 12, column: 7, endLine: 12, endColumn: 15 });
    expect(model.locate(['components', 'schemas', 'Refund'])).toEqual({ line: 7, column: 7, endLine: 7, endColumn: 13 });
  });
});

describe('blocks kept out of the merge', () => {
  it('a fence with openapi=false is no fragment, whatever it holds', () => {
    const text = md('```yaml openapi=false', 'paths:', '  /a:', '    get: {responses: {}}', '```', '', '```yaml title="v2" openapi=no', 'openapi: 3.1.0', '```', '', '```yaml openapi=true', 'paths: {}', '```');
    expect(found(text)).toEqual(['11:ok']);
  });
});
