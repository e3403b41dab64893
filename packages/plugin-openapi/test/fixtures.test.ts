import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '@design-check/core';
import openapi from '../src/index.js';
import { brief, fixture, lintAll } from './helpers.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

describe('realistic design documents', () => {
  it('a clean design with split fragments (list item, JSON, $refs across blocks) gives no finding', async () => {
    expect(brief(await lintAll(fixture('clean-split.md')))).toEqual([]);
  });

  it('the clean design stays clean under the strict preset', async () => {
    const config = resolveConfig([openapi], { config: { extends: ['strict'] }, dir: '.' });
    expect(brief(await lintAll(fixture('clean-split.md'), { config }))).toEqual([]);
  });

  it('finds every defect of split fragments on its markdown line, each once', async () => {
    const found = await lintAll(fixture('defects-split.md'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? d.messageId}`)).toEqual([
      '25:21 openapi/path-params-declared undeclared',
      '36:15 openapi/unresolved-ref missing',
      '44:9 openapi/response-description missing',
      '48:17 openapi/external-ref remote',
      '63:9 openapi/operation-id-unique duplicate',
      '73:19 openapi/external-ref outside',
      '111:19 openapi/redocly redocly:struct',
      '119:5 openapi/fragment-conflict conflict',
    ]);
    expect(found.find((d) => d.ruleId === 'openapi/unresolved-ref')?.message).toContain("did you mean 'PauseRequest'?");
    expect(found.find((d) => d.ruleId === 'openapi/operation-id-unique')?.related).toMatchObject([
      { message: "operationId 'pauseSubscription' is first used here, on POST /v1/subscriptions/{subscriptionId}/pause", line: 27, column: 7 },
    ]);
  });

  it('maps findings exactly in a CRLF file with fragments in list items', async () => {
    const text = fixture('crlf-defects.md');
    expect(text).toContain('\r\n');
    expect(brief(await lintAll(text))).toEqual([
      '29:17 openapi/path-params-declared',
      '41:19 openapi/unresolved-ref',
      '54:9 openapi/operation-id-unique',
      '65:11 openapi/response-description',
      '96:36 openapi/redocly redocly:no-duplicated-enum-values',
    ]);
  });

  it('checks ```json fragments next to yaml ones, and reports invalid JSON', async () => {
    const found = await lintAll(fixture('json-fragments.md'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.source ?? d.messageId}`)).toEqual([
      '33:27 openapi/unresolved-ref missing',
      '46:11 openapi/response-description missing',
      '77:11 openapi/redocly redocly:struct',
      '97:62 openapi/yaml-syntax json',
    ]);
  });

  it('maps engine findings deep in a nested schema inside a blockquote, reached through a $ref', async () => {
    const found = await lintAll(fixture('nested-blockquote.md'));
    expect(brief(found)).toEqual([
      '11:5 openapi/redocly redocly:operation-summary',
      '11:5 openapi/spectral spectral:operation-description',
      '11:5 openapi/spectral spectral:operation-tags',
      '13:7 openapi/redocly redocly:operation-4xx-response',
      // Spectral's oas3-schema says the same on this line: reported once, by Redocly.
      '42:21 openapi/redocly redocly:struct',
    ]);
  });
});

const clean = ['refund-service/TECHNICAL-DESIGN.md', 'search-indexing/TECHNICAL-DESIGN.md'];

describe('the examples/ folder', () => {
  for (const name of clean) {
    it.runIf(existsSync(examples + name))(`${name} gives no openapi finding`, async () => {
      expect(brief(await lintAll(readFileSync(examples + name, 'utf8'), { path: examples + name, projectRoot: examples }))).toEqual([]);
    });
  }

  it.runIf(existsSync(`${examples}defects/openapi-defects.md`))('defects/openapi-defects.md gives the defects listed in examples/README.md', async () => {
    const path = `${examples}defects/openapi-defects.md`;
    const found = await lintAll(readFileSync(path, 'utf8'), { path, projectRoot: examples });
    expect(found.map((d) => `${d.line} ${d.ruleId}`)).toEqual([
      '57 openapi/unresolved-ref',
      '90 openapi/path-params-declared',
      '120 openapi/operation-id-unique',
      '133 openapi/response-description',
      '164 openapi/fragment-conflict',
      '196 openapi/external-ref',
      '233 openapi/yaml-syntax',
    ]);
  });
});
