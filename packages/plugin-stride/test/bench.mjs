// Cold and warm cost of checking one design document with the stride plugin alone.
// Usage: pnpm build && node test/bench.mjs [file.md]
// cold: a fresh node process that imports core and the plugin and checks the document once;
//       measured from outside, median of 5.
// warm: a later check of a new document text in the same process, median of 20, next to the
//       same check with no plugin (the markdown parse that every plugin shares).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url));
const mode = process.env.BENCH_MODE;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load() {
  const { check } = await import('@design-check/core');
  const { default: stride } = await import('../dist/index.js');
  return (text, plugins = [stride]) => check(text, { path: file, plugins });
}

if (mode === 'cold') {
  const t0 = performance.now();
  const run = await load();
  const t1 = performance.now();
  const result = await run(readFileSync(file, 'utf8'));
  console.log(JSON.stringify({ load: t1 - t0, check: performance.now() - t1, findings: result.diagnostics.length }));
} else if (mode === 'warm') {
  const run = await load();
  const text = readFileSync(file, 'utf8');
  await run(text);
  const timed = async (plugins) => {
    const times = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      await run(`${text}\n<!-- run ${i} -->\n`, plugins);
      times.push(performance.now() - s);
    }
    return median(times);
  };
  console.log(JSON.stringify({ warm: await timed(undefined), parseOnly: await timed([]) }));
} else {
  const child = (m) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), file], { env: { ...process.env, BENCH_MODE: m } }).toString());
  const cold = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const r = child('cold');
    cold.push({ ...r, wall: performance.now() - start });
  }
  const { warm, parseOnly } = child('warm');
  console.log(`${file} (${cold[0].findings} findings)`);
  console.log(`cold, fresh process wall time: ${median(cold.map((c) => c.wall)).toFixed(0)} ms`);
  console.log(`  import core + plugin:        ${median(cold.map((c) => c.load)).toFixed(0)} ms`);
  console.log(`  first check:                 ${median(cold.map((c) => c.check)).toFixed(0)} ms`);
  console.log(`warm check:                    ${warm.toFixed(1)} ms (no plugin, parse only: ${parseOnly.toFixed(1)} ms)`);
}
