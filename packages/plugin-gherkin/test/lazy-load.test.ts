import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Runs the built plugin in a fresh process with a module resolve hook that reports every
// module it resolves, and tells whether @cucumber/gherkin was among them.
const hook = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@cucumber/')) port.postMessage(specifier);
  return next(specifier, context);
}`;
const script = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on('message', (m) => seen.push(m));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), { data: { port: port2 }, transferList: [port2] });
const { check } = await import('@design-check/core');
const { default: gherkin } = await import(${JSON.stringify(dist)});
await check(process.argv[1], { plugins: [gherkin] });
await new Promise((r) => setTimeout(r, 50));
console.log(JSON.stringify({ gherkin: seen.includes('@cucumber/gherkin') }));
`;

function parserLoaded(doc: string): boolean {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, doc], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).toString();
  return (JSON.parse(out) as { gherkin: boolean }).gherkin;
}

describe.runIf(existsSync(dist))('the Gherkin parser loads only for documents with a gherkin block', () => {
  it('does not load it for a design without one, even with Behavioral Specifications', () => {
    expect(parserLoaded('# Design\n\n## Behavioral Specifications\n\n### Behavior 1: A\n\nProse only.\n\n```yaml\na: 1\n```\n')).toBe(false);
  });

  it('loads it when the design has a ```feature block', () => {
    expect(parserLoaded('# Design\n\n```feature\nScenario: A\n  When x\n  Then y\n```\n')).toBe(true);
  });
});
