import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintAll } from './helpers.js';

const root = fileURLToPath(new URL('./fixtures/file-refs/', import.meta.url));
const path = join(root, 'docs/payouts/TECHNICAL-DESIGN.md');
const text = readFileSync(path, 'utf8');
const brief = (ds: Awaited<ReturnType<typeof lintAll>>) => ds.map((d) => `${d.line}:${d.column} ${d.ruleId}${d.source ? ` ${d.source}` : ''} ${d.message}`);

describe('file $refs inside the project', () => {
  it('are read and checked: a missing file on its $ref line, findings of a read file on its own lines, outside the root refused', async () => {
    expect(brief(await lintAll(text, { path, projectRoot: root }))).toEqual([
      "59:11 openapi/redocly redocly:struct docs/payouts/schemas/money.yaml:6:5: `type` can be one of the following only: \"object\", \"array\", \"string\", \"number\", \"integer\", \"boolean\".",
      "61:11 openapi/unresolved-ref File $ref './schemas/monies.yaml' names docs/payouts/schemas/monies.yaml, which does not exist; did you mean './schemas/money.yaml'?",
      "63:11 openapi/external-ref File $ref '../../../ledger-entry.yaml' points outside the project root and is not read; reference a component of this document instead",
    ]);
  });

  it('carry the place in the file in the finding data, the JSON contract unchanged', async () => {
    const found = await lintAll(text, { path, projectRoot: root });
    expect(found[0]).toMatchObject({ line: 59, column: 11, data: { file: 'docs/payouts/schemas/money.yaml', fileLine: 6, fileColumn: 5, code: 'struct' } });
    expect(Object.keys(found[0]).sort()).toEqual(['column', 'data', 'endColumn', 'endLine', 'line', 'message', 'messageId', 'ruleId', 'severity', 'source', 'url']);
  });

  it('a pointer into a file that names nothing there is unresolved, with the nearest name', async () => {
    const typo = text.replace("'../../shared/errors.yaml#/components/schemas/Problem'", "'../../shared/errors.yaml#/components/schemas/Problm'");
    expect(brief(await lintAll(typo, { path, projectRoot: root })).filter((d) => d.includes('Problm'))).toEqual([
      "47:24 openapi/unresolved-ref Unresolved $ref '../../shared/errors.yaml#/components/schemas/Problm': there is no 'Problm' in ../../shared/errors.yaml#/components/schemas; did you mean 'Problem'?",
    ]);
  });

  it('a file that does not parse is one yaml-syntax finding naming the file and its line', async () => {
    const project = mkdtempSync(join(tmpdir(), 'design-check-refs-'));
    mkdirSync(join(project, 'docs/schemas'), { recursive: true });
    writeFileSync(join(project, 'docs/schemas/money.yaml'), 'type: object\nproperties: {value: {type: integer}\n');
    const doc = join(project, 'docs/design.md');
    const found = await lintAll(text.replace("'./schemas/monies.yaml'", "'./schemas/money.yaml'"), { path: doc, projectRoot: project });
    expect(brief(found).filter((d) => d.includes('yaml-syntax'))).toEqual([
      "59:11 openapi/yaml-syntax Invalid YAML in docs/schemas/money.yaml:3:1, which $ref './schemas/money.yaml' leads to: Flow map in block collection must be sufficiently indented and end with a }; fix it so that it can be checked",
    ]);
  });

  it('a symbolic link inside the project that leads out of it is refused, never read', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'design-check-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'type: integr\n');
    const project = mkdtempSync(join(tmpdir(), 'design-check-refs-'));
    mkdirSync(join(project, 'docs/schemas'), { recursive: true });
    writeFileSync(join(project, 'docs/schemas/money.yaml'), 'type: object\n');
    symlinkSync(join(outside, 'secret.yaml'), join(project, 'docs/schemas/monies.yaml'));
    const found = await lintAll(text, { path: join(project, 'docs/design.md'), projectRoot: project });
    expect(brief(found).filter((d) => /monies|secret|integr/.test(d))).toEqual([
      "61:11 openapi/external-ref File $ref './schemas/monies.yaml' points outside the project root and is not read; reference a component of this document instead",
    ]);
  });

  it('a symbolic link loop is a file that does not exist, never suggested as a fix, and nothing hangs', async () => {
    const project = mkdtempSync(join(tmpdir(), 'design-check-refs-'));
    mkdirSync(join(project, 'docs/schemas'), { recursive: true });
    symlinkSync('monies.yaml', join(project, 'docs/schemas/monies.yaml'));
    const found = await lintAll(text, { path: join(project, 'docs/design.md'), projectRoot: project });
    expect(brief(found).filter((d) => /schemas\/mon/.test(d))).toEqual([
      "59:11 openapi/unresolved-ref File $ref './schemas/money.yaml' names docs/schemas/money.yaml, which does not exist; create it or fix the path",
      "61:11 openapi/unresolved-ref File $ref './schemas/monies.yaml' names docs/schemas/monies.yaml, which does not exist; create it or fix the path",
    ]);
  });

  it('without a project root no file is read (a rule of another plugin using the model alone)', async () => {
    const { openApiModel } = await import('@design-check/openapi-model');
    const { parseDesignDoc } = await import('@design-check/core');
    expect(openApiModel(parseDesignDoc(text)).externals.size).toBe(0);
  });

  it('a file too deep is one yaml-syntax finding; a description that the files make too deep for the engines is not handed to them', async () => {
    const project = mkdtempSync(join(tmpdir(), 'design-check-refs-'));
    mkdirSync(join(project, 'docs'), { recursive: true });
    const nest = (n: number) => `${'{properties: {p: '.repeat(n)}{type: string}${'}}'.repeat(n)}\n`;
    writeFileSync(join(project, 'docs/deep.yaml'), nest(30));
    writeFileSync(join(project, 'docs/deeper.yaml'), nest(4000));
    const doc = [
      '```yaml',
      'openapi: 3.0.3',
      'info: {title: Deep, version: "1"}',
      'paths: {}',
      'components:',
      '  schemas:',
      `    A: ${'{allOf: [{type: object}, '.repeat(15)}{$ref: './deep.yaml'}${']}'.repeat(15)}`,
      "    B: {$ref: './deeper.yaml'}",
      '```',
      '',
    ].join('\n');
    const found = await lintAll(doc, { path: join(project, 'docs/design.md'), projectRoot: project });
    expect(brief(found)).toEqual([
      '1:1 openapi/redocly Redocly was not run: with the files its $refs name, the description nests deeper than 90 levels; name the inner schemas under components and $ref them',
      '1:1 openapi/spectral Spectral was not run: with the files its $refs name, the description nests deeper than 90 levels; name the inner schemas under components and $ref them',
      "8:9 openapi/yaml-syntax docs/deeper.yaml, which $ref './deeper.yaml' leads to, nests deeper than 64 levels of maps and lists, too deep to check; name the inner schemas and $ref them, or raise settings.openapi.maxDepth",
    ]);
  });
});
