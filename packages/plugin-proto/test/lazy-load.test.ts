import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process; protobufjs is CommonJS, so once loaded it shows in
// require.cache.
const script = `
import { createRequire } from 'node:module';
import { check } from '@design-check/core';
const { default: proto } = await import(${JSON.stringify(dist)});
const result = await check(process.argv[1], { plugins: [proto] });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ protobufjs: loaded.some((p) => /[\\\\/]protobufjs[\\\\/]src[\\\\/]parse\\.js$/.test(p)), findings: result.diagnostics.map((d) => d.ruleId) }));
`;

function run(doc: string): { protobufjs: boolean; findings: string[] } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return JSON.parse(out) as { protobufjs: boolean; findings: string[] };
}

describe.runIf(existsSync(dist))('protobufjs loads only for documents with a proto block', () => {
  it('does not load it for a design without one', () => {
    expect(run('# Design\n\n```yaml\nworker: {concurrency: 4}\n```\n\n```proto schema=false\nmessage Old {\n```\n')).toEqual({ protobufjs: false, findings: [] });
  }, 60_000);

  it('loads it when the design has one', () => {
    expect(run('# Design\n\n```protobuf\nmessage A { B b = 1; }\n```\n')).toEqual({ protobufjs: true, findings: ['proto/known-types'] });
  }, 60_000);
});
