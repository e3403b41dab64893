// pnpm bench: time design-check against spectral-cli and redocly-cli on the same OpenAPI,
// as whole processes (wall time and peak memory from /usr/bin/time), and print the ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'results');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = [
  ['small', 2, 1],
  ['medium', 30, 3],
  ['large', 300, 10],
];
const bin = (name) => join(here, 'node_modules/.bin', name);
const cli = join(here, '../apps/cli/dist/bin.js');
const hasTime = existsSync('/usr/bin/time');

function measure(cmd, args) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const kb = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
    if (i > 0) samples.push({ ms, mb: kb / 1024, code: r.status }); // first run is a warm-up
  }
  const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: med(samples.map((s) => s.ms)), mb: med(samples.map((s) => s.mb)), codes: [...new Set(samples.map((s) => s.code))] };
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
const rows = ['| document | tool | median wall ms | median peak MB | exit codes | ratio design-check / tool |', '|---|---|---|---|---|---|'];
for (const [name, resources, fragments] of sizes) {
  const { md, spec } = generate(resources, fragments);
  const mdPath = join(out, `${name}.md`);
  const specPath = join(out, `${name}.openapi.yaml`);
  writeFileSync(mdPath, md);
  writeFileSync(specPath, spec);
  const dc = measure(process.execPath, [cli, '--format', 'json', mdPath]);
  const spectral = measure(bin('spectral'), ['lint', '--ruleset', join(out, '.spectral.yaml'), specPath]);
  const redocly = measure(bin('redocly'), ['lint', specPath]);
  const kb = Math.round(md.length / 1024);
  rows.push(`| ${name} (${kb} KiB, ${resources * 3} operations) | design-check (structure + openapi, both engines) | ${dc.ms.toFixed(0)} | ${dc.mb.toFixed(0)} | ${dc.codes} | 1.00 |`);
  rows.push(`| | spectral-cli | ${spectral.ms.toFixed(0)} | ${spectral.mb.toFixed(0)} | ${spectral.codes} | ${(dc.ms / spectral.ms).toFixed(2)} |`);
  rows.push(`| | redocly-cli | ${redocly.ms.toFixed(0)} | ${redocly.mb.toFixed(0)} | ${redocly.codes} | ${(dc.ms / redocly.ms).toFixed(2)} |`);
  rows.push(`| | spectral + redocly | ${(spectral.ms + redocly.ms).toFixed(0)} | | | ${(dc.ms / (spectral.ms + redocly.ms)).toFixed(2)} |`);
}
const node = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
const report = `# design-check benchmark\n\nNode ${node}, ${runs} runs after one warm-up, medians. Whole processes, cold start each run.\n\n${rows.join('\n')}\n`;
writeFileSync(join(out, 'latest.md'), report);
console.log(report);
