import { describe, expect, it } from 'vitest';
import { fixture, lintAll, md } from './helpers.js';

describe('$ref cycles', () => {
  it('a pure cycle (Amount → Money → Amount) is one finding naming it on its lines; no rule crashes', async () => {
    const found = await lintAll(fixture('ref-cycles.md'));
    expect(found.map((d) => ({ at: `${d.line}:${d.column}`, ruleId: d.ruleId, message: d.message, related: d.related?.map((r) => `${r.line}:${r.column} ${r.message}`) }))).toEqual([
      {
        at: '58:7',
        ruleId: 'openapi/unresolved-ref',
        message: '$ref cycle Amount → Money → Amount never reaches a definition; define one of them instead of referring to the next',
        related: ['60:7 Money refers on to Amount in the $ref cycle'],
      },
    ]);
  });

  it('the engines still check the rest of a description that has a cycle', async () => {
    const text = fixture('ref-cycles.md').replace('      tags: [Categories]\n', '').replace("        '404':\n          description: No such category.\n", '');
    const found = await lintAll(text);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? ''}`)).toEqual([
      '18:5 openapi/spectral spectral:operation-tags',
      '27:7 openapi/redocly redocly:operation-4xx-response',
      '55:7 openapi/unresolved-ref ',
    ]);
  });

  it('a legal recursive schema (a tree node with children of its own type) gives nothing', async () => {
    const full = fixture('ref-cycles.md');
    const text = `${full.slice(0, full.indexOf('        lowestPrice:'))}\`\`\`\n`;
    expect(text).not.toContain('$ref: \'#/components/schemas/Money\'');
    expect(await lintAll(text)).toEqual([]);
  });

  it('a schema that refers to itself, and a response cycle, are each one finding', async () => {
    const text = md(
      '```yaml',
      'paths:',
      '  /v1/prices:',
      '    get:',
      '      operationId: listPrices',
      '      summary: List prices',
      '      description: Lists prices.',
      '      tags: [Prices]',
      '      responses:',
      "        '200': {$ref: '#/components/responses/Prices'}",
      "        '400': {description: Bad filter.}",
      'components:',
      '  responses:',
      "    Prices: {$ref: '#/components/responses/PriceList'}",
      "    PriceList: {$ref: '#/components/responses/Prices'}",
      '  schemas:',
      "    Price: {$ref: '#/components/schemas/Price'}",
      '```',
    );
    const found = await lintAll(text);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '14:14 openapi/unresolved-ref $ref cycle Prices → PriceList → Prices never reaches a definition; define one of them instead of referring to the next',
      '17:13 openapi/unresolved-ref $ref cycle Price → Price never reaches a definition; define one of them instead of referring to the next',
    ]);
  });
});
