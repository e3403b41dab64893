import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createPreset } from '../src/index.js';

const cycles = readFileSync(new URL('../../plugin-openapi/test/fixtures/ref-cycles.md', import.meta.url), 'utf8');

/** A project (its own root) holding the design and `files`; remark's findings on the design. */
async function lint(text: string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'remark-design-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const file = new VFile({ path: join(dir, 'design.md'), value: text, cwd: dir });
  await remark().use(createPreset({ projectRoot: dir, allFiles: true })).process(file);
  return { dir, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) };
}

describe('engines under remark', () => {
  it('two schemas that $ref each other are one finding, not a crash', async () => {
    const { messages } = await lint(cycles);
    expect(messages.filter((m) => /openapi|internal/.test(m))).toEqual([
      '58:7 openapi/unresolved-ref $ref cycle Amount → Money → Amount never reaches a definition; define one of them instead of referring to the next',
    ]);
  });

  it('a broken .spectral.yaml is a config error naming the file, the key and the reason', async () => {
    const { dir, messages } = await lint(cycles, { '.spectral.yaml': 'extends: [[spectral:oas, recommended]]\nrules:\n  operation-tags: of\n' });
    expect(messages.filter((m) => m.includes('.spectral.yaml'))).toHaveLength(1);
    expect(messages.find((m) => m.includes('.spectral.yaml'))).toContain(`${join(dir, '.spectral.yaml')}: rules.operation-tags: unexpected severity 'of', expected error, warn, info, hint, off; did you mean 'off'?`);
  });
});
