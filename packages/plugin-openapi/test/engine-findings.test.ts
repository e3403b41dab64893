import { describe, expect, it } from 'vitest';
import { lintAll, md } from './helpers.js';

/** `line:column ruleId source message` of each finding. */
async function findings(text: string): Promise<string[]> {
  return (await lintAll(text)).map((d) => `${d.line}:${d.column} ${d.ruleId}${d.source ? ` ${d.source}` : ''} ${d.message}`);
}

const typos = (version: string) =>
  md(
    '```yaml',
    `openapi: ${version}`,
    'paths:',
    '  /things/{id}:',
    '    get:',
    '      operationId: getThing',
    '      summary: Get a thing',
    '      description: Returns one thing.',
    '      tags: [Things]',
    '      parameters:',
    '        - name: id',
    '          in: path',
    '          requried: true',
    '          schema: {type: string}',
    '      requestbody:',
    '        content: {}',
    '      responses:',
    "        '200':",
    '          description: The thing.',
    "        '404':",
    '          description: No such thing.',
    '```',
  );

describe('engine findings: one problem, one finding, on its line', () => {
  it('OpenAPI 3.1: Spectral\'s "unevaluated properties" on the parent is left to Redocly, which names the property', async () => {
    const expected = [
      '11:11 openapi/spectral spectral:path-params Path parameter "id" must have "required" property that is set to "true".',
      '13:11 openapi/redocly redocly:struct Property `requried` is not expected here.',
      '15:7 openapi/redocly redocly:struct Property `requestbody` is not expected here.',
    ];
    expect(await findings(typos('3.1.0'))).toEqual(expected);
    expect(await findings(typos('3.0.3'))).toEqual(expected);
  });

  it('a path parameter without `required` is one finding (spectral:path-params), not two', async () => {
    const text = md('```yaml', 'paths:', '  /a/{id}:', '    get:', '      operationId: getA', '      summary: A', '      description: One A.', '      tags: [A]', '      parameters: [{name: id, in: path, schema: {type: string}}]', "      responses: {'200': {description: OK.}, '404': {description: Missing.}}", '```');
    expect(await findings(text)).toEqual(['9:20 openapi/spectral spectral:path-params Path parameter "id" must have "required" property that is set to "true".']);
  });
});

describe('engine findings that are wrong about a valid description', () => {
  it('a path item $ref (OpenAPI 3.1) is valid', async () => {
    const text = md(
      '```yaml',
      'openapi: 3.1.0',
      'paths:',
      "  /subscriptions/{subscriptionId}: {$ref: '#/components/pathItems/Subscription'}",
      'components:',
      '  pathItems:',
      '    Subscription:',
      '      parameters: [{name: subscriptionId, in: path, required: true, description: Subscription id., schema: {type: string}}]',
      '      get:',
      '        operationId: getSubscription',
      '        summary: Get a subscription',
      '        description: Returns one subscription.',
      '        tags: [Subscriptions]',
      "        responses: {'200': {description: The subscription.}, '404': {description: No such subscription.}}",
      '```',
    );
    expect(await findings(text)).toEqual([]);
  });

  it('a `$ref` key inside an example value is data, not a reference with siblings', async () => {
    const text = md(
      '```yaml',
      'paths:',
      '  /schemas:',
      '    post:',
      '      operationId: registerSchema',
      '      summary: Register a JSON Schema',
      '      description: Stores a JSON Schema document.',
      '      tags: [Schemas]',
      '      requestBody:',
      '        content:',
      '          application/json:',
      '            schema: {type: object}',
      '            example:',
      '              title: Money',
      "              $ref: 'money.json'",
      "      responses: {'201': {description: Stored.}, '400': {description: Invalid.}}",
      '```',
    );
    expect(await findings(text)).toEqual([]);
  });
});

describe('engine messages about nullable types say what to write', () => {
  it('`nullable` in OpenAPI 3.1, a type list in OpenAPI 3.0', async () => {
    const schema = (v: string, prop: string[]) => md('```yaml', `openapi: ${v}`, 'paths: {}', 'components:', '  schemas:', '    A:', '      type: object', '      properties:', '        memo:', ...prop, '```');
    expect(await findings(schema('3.1.0', ['          type: string', '          nullable: true']))).toEqual([
      "11:11 openapi/redocly redocly:struct Property `nullable` is not expected here. `nullable` is OpenAPI 3.0; in 3.1 add 'null' to the type instead: `type: [string, 'null']`.",
    ]);
    expect(await findings(schema('3.0.3', ["          type: [string, 'null']"]))).toEqual([
      '10:11 openapi/redocly redocly:struct `type` can be one of the following only: "object", "array", "string", "number", "integer", "boolean". A list of types is OpenAPI 3.1; in 3.0 write one type and `nullable: true`, or declare `openapi: 3.1.0`.',
    ]);
  });
});

describe('example findings that only repeat a schema problem', () => {
  const op = (schema: string[], example: string[]) =>
    md(
      '```yaml',
      'paths:',
      '  /invoices:',
      '    post:',
      '      operationId: createInvoice',
      '      summary: Create an invoice',
      '      description: Creates a draft invoice.',
      '      tags: [Invoices]',
      '      requestBody:',
      '        content:',
      '          application/json:',
      '            schema:',
      ...schema,
      '            example:',
      ...example,
      "      responses: {'201': {description: Created.}, '400': {description: Invalid.}}",
      '```',
    );

  it('an example of a schema with a remote $ref: only the $ref is reported', async () => {
    const text = op(['              type: object', "              properties: {money: {$ref: 'https://schemas.example.com/money.json'}}"], ['              money: {amount: 1}']);
    expect(await findings(text)).toEqual([
      "14:36 openapi/external-ref Remote $ref 'https://schemas.example.com/money.json' is not fetched; define the schema in a fragment of this document and reference it as '#/components/…'",
    ]);
  });

  it('an example of an invalid schema: only the schema is reported', async () => {
    const text = op(['              type: object', '              properties: {amount: {type: integer, minimum: "0"}}'], ['              amount: 1']);
    expect(await findings(text)).toEqual(['14:52 openapi/redocly redocly:struct Expected type `number` but got `string`.']);
  });
});
