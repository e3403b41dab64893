import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, REPO, run } from './helpers.js';

const FIXTURES = join(REPO, 'apps/cli/test/fixtures/batch');
const NOT_DESIGNS = /^(BRIEF|.*OUTCOME-CONTRACT)\.md$/;

/** Every design of the bundled examples, and designs whose example schemas share an `$id` or break their schema. */
const designs = [
  ...readdirSync(join(EXAMPLES, 'defects'))
    .filter((f) => f.endsWith('.md') && !NOT_DESIGNS.test(f))
    .map((f) => join(EXAMPLES, 'defects', f)),
  join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'),
  join(EXAMPLES, 'search-indexing/TECHNICAL-DESIGN.md'),
  ...['same-id-upper.md', 'same-id-lower.md', 'bad-example.md'].map((f) => join(FIXTURES, f)),
];

function runAsync(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

/** Each document checked alone, in a process of its own (no engine state shared), two at a time. */
async function oneByOne(files: string[], extra: string[]): Promise<unknown[]> {
  const out: unknown[] = new Array(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = (JSON.parse(await runAsync(['--format', 'json', ...extra, files[i]])) as { files: unknown[] }).files[0];
    }
  };
  await Promise.all([lane(), lane()]);
  return out;
}

describe('a batch and the same documents checked one by one', () => {
  it('give the same findings: engines, parsed lib files and compiled rulesets shared across documents change nothing', async () => {
    const batch = run(['--format', 'json', ...designs]);
    expect(JSON.parse(batch.stdout).files).toEqual(await oneByOne(designs, []));
  }, 300_000);

  it("give the same Spectral findings on examples whose schemas share an $id (Spectral's Ajv instances are shared)", async () => {
    const files = designs.filter((f) => f.startsWith(FIXTURES));
    const quiet = ['--rule', 'openapi/redocly: off'];
    const batch = JSON.parse(run(['--format', 'json', ...quiet, ...files]).stdout).files;
    expect(batch).toEqual(await oneByOne(files, quiet));
    // The fixtures do exercise example validation: one example breaks its schema.
    expect(batch.flatMap((f: { diagnostics: Array<{ source?: string }> }) => f.diagnostics.map((d) => d.source))).toContain('spectral:oas3-valid-media-example');
  }, 300_000);
});
