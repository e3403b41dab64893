import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process; graphql-js is CommonJS, so once loaded it shows in
// require.cache.
const script = `
import { createRequire } from 'node:module';
import { check } from '@design-check/core';
const { default: graphql } = await import(${JSON.stringify(dist)});
const result = await check(process.argv[1], { plugins: [graphql] });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ graphql: loaded.some((p) => /[\\\\/]graphql[\\\\/]index\\.js$/.test(p)), findings: result.diagnostics.map((d) => d.ruleId) }));
`;

function run(doc: string): { graphql: boolean; findings: string[] } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return JSON.parse(out) as { graphql: boolean; findings: string[] };
}

describe.runIf(existsSync(dist))('graphql-js loads only for documents with a GraphQL block', () => {
  it('does not load it for a design without one', () => {
    expect(run('# Design\n\n```yaml\nworker: {concurrency: 4}\n```\n\n```graphql schema=false\ntype Old {\n```\n')).toEqual({ graphql: false, findings: [] });
  }, 60_000);

  it('loads it when the design has one', () => {
    expect(run('# Design\n\n```gql\ntype A { b: B }\n```\n')).toEqual({ graphql: true, findings: ['graphql/known-types'] });
  }, 60_000);
});
