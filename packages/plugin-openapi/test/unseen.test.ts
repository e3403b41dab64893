import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@design-check/core';
import openapi from '../src/index.js';
import { brief, fixture, lintAll } from './helpers.js';

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: every OpenAPI finding on the exact markdown line and column, clean fragments clean.
 */
const compact = async (name: string) => (await lintAll(fixture(name))).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? d.messageId}`);

describe('clean designs that the team had not seen give no finding', () => {
  const clean = [
    // One full 3.1 description (info, servers, security, webhooks, type lists) in ```yaml title="…",
    // next to a two-document Kubernetes manifest and a docker-compose file with a `components` list.
    'unseen-clean-refunds-31.md',
    // 3.0 split three ways: ~~~yaml under #####, ```yml in a 3-space list item with anchors,
    // schemas in a 4-space list item (nullable, oneOf + discriminator, allOf), shared
    // parameters/responses/requestBodies/headers/examples/securitySchemes in a blockquote,
    // a component repeated verbatim, and a service config with `paths` and `components`.
    'unseen-clean-shipments-30.md',
    // 3.1 fragment with `---` / `...` markers, schemas with 'null' types, an AsyncAPI document
    // (ignored) and a webhooks-only fragment.
    'unseen-clean-loyalty-31.md',
    // ````YAML fence, callbacks, a path item $ref to components/pathItems, a two-document block
    // with merge keys, a `$ref` key inside an example, servers given twice.
    'unseen-clean-subscriptions-31.md',
    // A full 3.0 description with request/response examples and readOnly/writeOnly properties.
    'unseen-clean-invoices-30.md',
  ];
  for (const name of clean) {
    it(name, async () => {
      expect(brief(await lintAll(fixture(name)))).toEqual([]);
    });
  }

  it('stay clean under the strict preset', async () => {
    const config = resolveConfig([openapi], { config: { extends: ['strict'] }, dir: '.' });
    for (const name of clean) expect(brief(await lintAll(fixture(name), { config }))).toEqual([]);
  });
});

describe('defects in designs that the team had not seen, each once, on its line', () => {
  it('split 3.0 fragments in list items: typo, duplicate operationId, remote and ../../etc/passwd refs, path param, description, bad types', async () => {
    expect(await compact('unseen-defects-payouts.md')).toEqual([
      '37:17 openapi/unresolved-ref missing',
      '41:7 openapi/operation-id-unique duplicate',
      '52:15 openapi/external-ref remote',
      '54:9 openapi/response-description missing',
      '61:35 openapi/path-params-declared undeclared',
      '75:17 openapi/external-ref outside',
      '112:13 openapi/redocly redocly:struct',
      '120:17 openapi/redocly redocly:struct',
    ]);
  });

  it('broken YAML in a blockquote, a tab in a 4-space list item, a conflicting component, an alias bomb', async () => {
    const found = await lintAll(fixture('unseen-defects-giftcards.md'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.messageId}`)).toEqual([
      '36:12 openapi/yaml-syntax syntax',
      '54:5 openapi/yaml-syntax syntax',
      '80:5 openapi/fragment-conflict conflict',
      '98:12 openapi/yaml-syntax aliases',
    ]);
    expect(found[3].message).toBe('YAML aliases in this OpenAPI fragment expand to more than 100 nodes; write the content out or raise settings.openapi.maxAliasCount');
  });

  it('```json fragments: a typo and a trailing comma; a tsconfig is left alone', async () => {
    expect(await compact('unseen-defects-search-json.md')).toEqual(['68:24 openapi/unresolved-ref missing', '99:51 openapi/yaml-syntax json']);
  });

  it('3.1: through a path item $ref, in callbacks, and properties called `default` and `example`', async () => {
    expect(await compact('unseen-defects-orders-31.md')).toEqual([
      '8:11 openapi/path-params-declared undeclared',
      '22:15 openapi/redocly redocly:operation-4xx-response',
      '23:17 openapi/response-description missing',
      '39:11 openapi/response-description missing',
      '40:13 openapi/redocly redocly:struct',
      '48:11 openapi/unresolved-ref missing',
      '50:11 openapi/external-ref remote',
    ]);
  });

  it('3.0: an undefined security scheme, a wrong-case parameter ref, and `$ref: #/…` read as a comment', async () => {
    expect(await compact('unseen-defects-accounts-30.md')).toEqual([
      '15:11 openapi/redocly redocly:security-defined',
      '17:11 openapi/unresolved-ref missing',
      '24:17 openapi/unresolved-ref emptyComment',
    ]);
  });

  it('CRLF, fragments in nested list items, an inline directive in the YAML, a 3.1 type list in 3.0', async () => {
    const text = fixture('crlf-unseen-kyc.md');
    expect(text).toContain('\r\n');
    expect(await compact('crlf-unseen-kyc.md')).toEqual(['50:23 openapi/redocly redocly:struct']);
  });
});
