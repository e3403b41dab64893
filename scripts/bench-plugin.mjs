// Cost of one plugin on one design: cold (a fresh process: import, then the first check, which
// loads the plugin's engine and whatever models its rules read) and warm (a later check of a
// new text in the same process); and, when the package exports a `…ModelOf` function, its model
// alone on documents parsed beforehand (markdown parsing is core's cost). CPU time of the
// process (user + system), which a busy machine disturbs less than wall time; medians of 5
// processes, 15 warm runs each.
// Usage: pnpm build && node scripts/bench-plugin.mjs packages/plugin-proto [file.md]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dir = 'packages/plugin-proto', file = fileURLToPath(new URL('../examples/defects/proto-graphql-defects.md', import.meta.url))] = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (process.env.BENCH_MODE) {
  const only = process.env.BENCH_MODE === 'model';
  const t0 = cpu();
  // Core as the plugin resolves it (the repository root does not depend on it).
  const { check, parseDesignDoc } = await import(pathToFileURL(resolve(dir, 'node_modules/@design-check/core/dist/index.js')).href);
  const mod = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);
  const modelOf = Object.entries(mod).find(([name]) => name.endsWith('ModelOf'))?.[1];
  const t1 = cpu();
  const text = readFileSync(file, 'utf8');
  const texts = Array.from({ length: 16 }, (_, i) => `${text}\n<!-- run ${i} -->\n`);
  const docs = only ? texts.map((t) => parseDesignDoc(t, file)) : [];
  const run = (i) => (only ? modelOf({ doc: docs[i], settings: {} }) : check(texts[i], { path: file, plugins: [mod.default] }));
  const t2 = cpu();
  await run(15);
  const t3 = cpu();
  const warm = [];
  for (let i = 0; i < 15; i++) {
    const s = cpu();
    await run(i);
    warm.push(cpu() - s);
  }
  console.log(JSON.stringify({ load: t1 - t0, first: t3 - t2, warm: median(warm), model: Boolean(modelOf) }));
} else {
  for (const mode of ['check', 'model']) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, file], { env: { ...process.env, BENCH_MODE: mode } }).toString()));
    if (mode === 'model' && !runs[0].model) break;
    const m = (k) => median(runs.map((r) => r[k])).toFixed(1);
    console.log(`${dir}, ${mode === 'model' ? 'its model alone' : 'every rule'}: import ${m('load')} ms, first check ${m('first')} ms, warm check ${m('warm')} ms (CPU)`);
  }
}
