// Cost of the typescript plugin on one design: cold (a fresh process: import, then the first
// check, which loads TypeScript and parses its lib files) and warm (a later check of a new
// text in the same process), for the design as written and for the design without its
// TypeScript blocks (TypeScript is then never loaded).
// Usage: pnpm --filter @design-check/plugin-typescript build && node test/bench.mjs [file.md]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const withoutTs = (text) => text.replace(/^([ \t>]*)(`{3,}|~{3,})\s*(?:ts|typescript)\b[^\n]*\n[\s\S]*?\n\1\2[ \t]*$/gim, '');

if (process.env.BENCH_TEXT) {
  const t0 = performance.now();
  const { check } = await import('@design-check/core');
  const { default: typescript } = await import('../dist/index.js');
  const run = (text) => check(text, { path: file, plugins: [typescript] });
  const t1 = performance.now();
  const text = readFileSync(process.env.BENCH_TEXT, 'utf8');
  const body = process.env.BENCH_STRIP ? withoutTs(text) : text;
  await run(body);
  const t2 = performance.now();
  const warm = [];
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    await run(`${body}\n<!-- run ${i} -->\n`);
    warm.push(performance.now() - s);
  }
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, warm: median(warm) }));
} else {
  for (const strip of [false, true]) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const env = { ...process.env, BENCH_TEXT: file, ...(strip ? { BENCH_STRIP: '1' } : {}) };
      const start = performance.now();
      const r = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { env }).toString());
      runs.push({ ...r, wall: performance.now() - start });
    }
    const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
    console.log(`${strip ? 'without' : 'with'} its TypeScript blocks: process ${m('wall')} ms (import ${m('load')} ms, first check ${m('first')} ms), warm check ${m('warm')} ms`);
  }
}
