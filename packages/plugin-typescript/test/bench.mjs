// Cost of the typescript plugin on one design: cold (a fresh process: import, then the first
// check, which loads TypeScript and parses its lib files) and warm (a later check of a new
// text in the same process), for the design as written and for the design without its
// TypeScript blocks (TypeScript is then never loaded). Times are CPU time of the process (user
// + system), which a busy machine disturbs less than wall time; medians of 5 processes.
// Usage: pnpm --filter @design-check/plugin-typescript build && node test/bench.mjs [file.md]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const withoutTs = (text) => text.replace(/^([ \t>]*)(`{3,}|~{3,})\s*(?:ts|typescript)\b[^\n]*\n[\s\S]*?\n\1\2[ \t]*$/gim, '');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (process.env.BENCH_TEXT) {
  const t0 = cpu();
  const { check } = await import('@design-check/core');
  const { default: typescript } = await import('../dist/index.js');
  const run = (text) => check(text, { path: file, plugins: [typescript] });
  const t1 = cpu();
  const text = readFileSync(process.env.BENCH_TEXT, 'utf8');
  const body = process.env.BENCH_STRIP ? withoutTs(text) : text;
  await run(body);
  const t2 = cpu();
  const warm = [];
  for (let i = 0; i < 15; i++) {
    const s = cpu();
    await run(`${body}\n<!-- run ${i} -->\n`);
    warm.push(cpu() - s);
  }
  // The compile alone, on a new document each time: what a warm check spends in TypeScript.
  const { parseForCheck } = await import('@design-check/core');
  const { typeScriptModel } = await import('@design-check/typescript-model');
  const compile = [];
  for (let i = 0; i < 15; i++) {
    const doc = parseForCheck(`${body}\n<!-- compile ${i} -->\n`, file);
    const s = cpu();
    await typeScriptModel(doc);
    compile.push(cpu() - s);
  }
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, warm: median(warm), compile: median(compile) }));
} else {
  for (const strip of [false, true]) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const env = { ...process.env, BENCH_TEXT: file, ...(strip ? { BENCH_STRIP: '1' } : {}) };
      runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { env }).toString()));
    }
    const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
    console.log(`${strip ? 'without' : 'with'} its TypeScript blocks: import ${m('load')} ms, first check ${m('first')} ms, warm check ${m('warm')} ms, of which the compile ${m('compile')} ms (CPU)`);
  }
}
