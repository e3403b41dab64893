// pnpm bench: time design-check, with every default plugin, against spectral-cli and redocly-cli
// over only the same documents' OpenAPI (merged into one file per document), as whole processes,
// the commands of a scenario run in turn (A B C A B C …) so that a drift of the machine's speed
// hits each alike. Wall time is a monotonic clock around the process; CPU time (user + system)
// comes from /usr/bin/time; peak memory is the largest sum of the resident memory of the process
// and every process it starts (sampled from /proc, never less than /usr/bin/time's figure for the
// largest one). Ratios are medians of the ratios of each round.
//
// BENCH_RUNS=n     rounds per scenario (default 5; 3 for 100 documents, 2 for 500, which also skip
//                  the warm-up round: their files were just written and sit in the page cache)
// BENCH_ONLY=a,b   run only the named scenarios (see SCENARIOS below)
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, outcomeContract, resourcesFor } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'results');
// The documents live outside the repository: its .gitignore (bench/results/) would hide them from discovery.
const work = join(tmpdir(), 'design-check-bench');
const bin = (name) => join(here, 'node_modules/.bin', name);
const cli = join(here, '../apps/cli/dist/bin.js');
const node = process.execPath;
// design-check's compile cache and start-up snapshot in a folder of the bench's own (see settle()).
const compileCache = join(work, 'compile-cache');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', DESIGN_CHECK_COMPILE_CACHE: compileCache };
const hasTime = existsSync('/usr/bin/time');
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);

/**
 * The resident memory, in KiB, of the processes that `root` started, and theirs, summed: a check
 * from the start-up snapshot is two processes (the CLI and the Node it starts), and
 * /usr/bin/time reports only the larger of them.
 */
function descendantsKib(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while the list was read.
    }
  }
  let kib = 0;
  const todo = [...(children.get(root) ?? [])];
  while (todo.length) {
    const pid = todo.pop();
    todo.push(...(children.get(pid) ?? []));
    try {
      kib += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4;
    } catch {
      // ended
    }
  }
  return kib;
}

const sampleTree = existsSync('/proc/self/statm');

/** One run of a command: wall, cpu (user + sys) seconds and peak MiB (see descendantsKib). */
function runOnce(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = hasTime
      ? spawn('/usr/bin/time', ['-f', '\n%U %S %M', cmd, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(cmd, args, { cwd, env, stdio: 'ignore' });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4096)));
    let peakKib = 0;
    const sample = () => (peakKib = Math.max(peakKib, descendantsKib(child.pid)));
    const timer = sampleTree && hasTime ? setInterval(sample, 40) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const [user, sys, kb] = hasTime ? stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
      resolve({ wall, cpu: user + sys, mb: Math.max(kb, peakKib) / 1024, code });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Wait while design-check builds its start-up snapshot in the background (a check of a few files
 * after an install or upgrade starts that build): the rounds measure the runs that follow, as a
 * user's second check, without the build taking a core from them.
 */
function settle() {
  const locked = () => {
    try {
      return readdirSync(compileCache, { recursive: true }).some((f) => String(f).endsWith('.lock'));
    } catch {
      return false;
    }
  };
  spawnSync('sleep', ['1']); // the build takes its lock once its process has started
  const until = Date.now() + 120_000;
  while (locked() && Date.now() < until) spawnSync('sleep', ['0.2']);
}

/**
 * Run the commands of a scenario in turn, `runs` rounds after `warmup` uncounted ones; `before(i)` runs
 * before each round (to change a document, say). Returns per command the medians, and per other
 * command the median of the round-by-round ratios of the first command to it.
 */
async function alternate(commands, runs, cwd, before = () => {}, warmup = 1) {
  const samples = commands.map(() => []);
  for (let round = 1 - warmup; round <= runs; round++) {
    if (round === 1) settle();
    before(round);
    for (const [i, c] of commands.entries()) {
      const s = await runOnce(c.cmd, c.args, cwd);
      if (round > 0) samples[i].push(s);
    }
  }
  const first = samples[0];
  return commands.map((c, i) => ({
    tool: c.name,
    wall: median(samples[i].map((s) => s.wall)),
    cpu: median(samples[i].map((s) => s.cpu)),
    mb: median(samples[i].map((s) => s.mb)),
    codes: [...new Set(samples[i].map((s) => s.code))],
    ratioWall: i === 0 ? 1 : median(first.map((s, r) => s.wall / samples[i][r].wall)),
    ratioCpu: i === 0 ? 1 : median(first.map((s, r) => s.cpu / samples[i][r].cpu)),
  }));
}

/** Write `count` generated designs of about `bytes` bytes (every tenth with defects) and their OpenAPI files. */
function corpus(name, count, bytes) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'openapi'), { recursive: true });
  writeFileSync(join(dir, 'OUTCOME-CONTRACT.md'), outcomeContract);
  const resources = resourcesFor(bytes);
  const docs = [];
  const specs = [];
  let size = 0;
  for (let i = 0; i < count; i++) {
    const { md, spec } = generate(resources, 3, { defects: i % 10 === 3, id: i });
    const doc = join(dir, `design-${String(i).padStart(3, '0')}.md`);
    const api = join(dir, 'openapi', `design-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(doc, md);
    writeFileSync(api, spec);
    docs.push(doc);
    specs.push(api);
    size += md.length;
  }
  return { dir, docs, specs, kib: Math.round(size / count / 1024) };
}

function peers(c, docsArg) {
  return [
    { name: 'design-check', cmd: node, args: [cli, '--format', 'json', '--project-root', c.dir, ...docsArg] },
    { name: 'spectral-cli', cmd: bin('spectral'), args: ['lint', '--ruleset', join(out, '.spectral.yaml'), '--format', 'json', ...c.specs] },
    { name: 'redocly-cli', cmd: bin('redocly'), args: ['lint', '--format', 'json', ...c.specs] },
  ];
}

const SCENARIOS = [
  { id: 'cold-1', what: 'one document (24 KiB), cold', count: 1, bytes: 24_000 },
  ...[1, 10, 100, 500].map((n) => ({ id: `batch-${n}`, what: `${n} document${n > 1 ? 's' : ''} (24 KiB each), one process`, count: n, bytes: 24_000, batch: true })),
  ...[
    ['size-16k', 'one document of 16 KiB (one resource, the smallest with every artifact)', 10_000],
    ['size-100k', 'one document of 100 KiB', 100_000],
    ['size-1m', 'one document of 1 MiB', 1_000_000],
  ].map(([id, what, bytes]) => ({ id, what, count: 1, bytes })),
  { id: 'cache-unchanged', what: '500 documents, --cache, nothing changed', count: 500, bytes: 24_000, cache: 'unchanged' },
  { id: 'cache-one-changed', what: '500 documents, --cache, one changed', count: 500, bytes: 24_000, cache: 'one' },
];

mkdirSync(out, { recursive: true });
writeFileSync(join(out, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
const started = { date: new Date().toISOString(), loadavg: loadavg().map((x) => x.toFixed(2)) };
const results = [];
const corpora = new Map();
for (const s of SCENARIOS) {
  if (only && !only.includes(s.id)) continue;
  const key = `${s.count}:${s.bytes}`;
  if (!corpora.has(key)) corpora.set(key, corpus(`n${s.count}-b${s.bytes}`, s.count, s.bytes));
  if (!s.cache) rmSync(join(corpora.get(key).dir, '.cache'), { recursive: true, force: true });
  const c = corpora.get(key);
  // The cache scenarios are quick: they get the rounds of a small scenario.
  const runs = Number(process.env.BENCH_RUNS ?? (s.cache ? 5 : s.count >= 500 ? 2 : s.count >= 100 ? 3 : 5));
  const warmup = s.count >= 100 ? 0 : 1;
  process.stderr.write(`bench: ${s.what} (${runs} rounds)…\n`);
  let rows;
  if (s.cache) {
    const location = join(c.dir, '.cache/');
    const dc = { name: 'design-check --cache', cmd: node, args: [cli, '--format', 'json', '--cache', '--cache-location', location, '--project-root', c.dir, c.dir] };
    if (!existsSync(location)) await runOnce(dc.cmd, dc.args, c.dir); // fill the cache (once for both cache scenarios)
    const touch = s.cache === 'one' ? (round) => appendFileSync(c.docs[0], `\n<!-- edit ${round} -->\n`) : () => {};
    rows = await alternate([dc, { name: 'node -e 0', cmd: node, args: ['-e', '0'] }], runs, c.dir, touch);
  } else {
    rows = await alternate(peers(c, s.batch ? [c.dir] : c.docs), runs, c.dir, undefined, warmup);
  }
  results.push({ id: s.id, what: s.what, documents: s.count, kib: c.kib, runs, rows });
}
const finished = { date: new Date().toISOString(), loadavg: loadavg().map((x) => x.toFixed(2)) };

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const lines = [
  '| scenario | tool | wall s | cpu s | peak MiB | exit | design-check / tool, wall | design-check / tool, cpu |',
  '|---|---|---:|---:|---:|---|---:|---:|',
];
for (const r of results) {
  r.rows.forEach((row, i) => {
    const first = i === 0;
    lines.push(`| ${first ? `${r.what}` : ''} | ${row.tool} | ${f(row.wall)} | ${f(row.cpu)} | ${f(row.mb, 0)} | ${row.codes.join(',')} | ${first ? '' : f(row.ratioWall)} | ${first ? '' : f(row.ratioCpu)} |`);
  });
}
const header = `Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${started.loadavg.join(' ')} at the start, ${finished.loadavg.join(' ')} at the end. Medians of the rounds (each scenario's commands in turn; one warm-up round first, but for 100 and 500 documents); ratios are medians of the per-round ratios.`;
const report = `# design-check benchmark\n\n${header}\n\n${lines.join('\n')}\n`;
const json = { node: process.version, cores: cpus().length, started, finished, scenarios: results };
writeFileSync(join(out, 'latest.md'), report);
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(report);
console.log(JSON.stringify(json));
