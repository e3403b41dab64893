import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process; TypeScript is CommonJS, so once loaded it shows in
// require.cache. Each case starts a process: on a busy machine that takes a while.
const script = `
import { createRequire } from 'node:module';
import { check } from '@design-check/core';
const { default: typescript } = await import(${JSON.stringify(dist)});
const result = await check(process.argv[1], { plugins: [typescript] });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ typescript: loaded.some((p) => /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(p)), findings: result.diagnostics.map((d) => d.ruleId) }));
`;

function run(doc: string): { typescript: boolean; findings: string[] } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return JSON.parse(out) as { typescript: boolean; findings: string[] };
}

const contracts = '## Interface Contracts\n\n| From Stream | To Stream | Interface | Contract |\n|---|---|---|---|\n| a | b | Kafka | `OrderPlaced` |\n';

describe.runIf(existsSync(dist))('TypeScript loads only for documents with a TypeScript block', () => {
  it('does not load TypeScript for a design without one, even with a contracts table', () => {
    expect(run(`# Design\n\n${contracts}\n\`\`\`yaml\nworker: {concurrency: 4}\n\`\`\`\n\n\`\`\`tsx\nexport const A = () => null;\n\`\`\`\n`)).toEqual({ typescript: false, findings: ['typescript/contract-types'] });
  }, 120_000);

  it('compiles a design that has one in the engine thread, where a compile past its budget is stopped: this thread never loads TypeScript', () => {
    expect(run('# Design\n\n```ts\ninterface A { b: C }\n```\n')).toEqual({ typescript: false, findings: ['typescript/compile'] });
  }, 120_000);
});
