import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENGINES_LEAN_START_MEMORY_MB, ENGINES_START_MEMORY_MB } from '../src/thread-heaps.js';

// Engine threads load built modules, so the tasks run from core's dist in a fresh process.
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const threads = fileURLToPath(new URL('../dist/threads.js', import.meta.url));
const script = `
import { runInThread } from ${JSON.stringify(dist)};
import { leanThreadHeaps } from ${JSON.stringify(threads)};
const steps = JSON.parse(process.argv[1]);
const out = [];
for (const s of steps) {
  if (s.lean) {
    leanThreadHeaps();
    continue;
  }
  try {
    out.push(await runInThread(s.url, s.fn, s.input ?? null, 60_000, s.lane));
  } catch (e) {
    out.push({ failed: e.kind, message: e.message });
  }
}
console.log(JSON.stringify(out));
`;

const work = mkdtempSync(join(tmpdir(), 'dc-engine-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// An engine whose task can hold a given number of MiB until it returns, and that tells its heap's limit.
mkdirSync(join(work, 'engine'), { recursive: true });
writeFileSync(join(work, 'engine', 'package.json'), '{"type":"module"}');
writeFileSync(
  join(work, 'engine', 'engine.js'),
  `import { getHeapStatistics } from 'node:v8';
export function limitMb() { return Math.round(getHeapStatistics().heap_size_limit / 1048576); }
export function hold(mb) {
  const kept = [];
  for (let i = 0; i < mb; i++) kept.push(new Array(131072).fill(i)); // 1 MiB each
  return kept.length + ' MiB held; heap limit ' + limitMb() + ' MiB';
}
`,
);
const engine = pathToFileURL(join(work, 'engine', 'engine.js')).href;

type Step = { url: string; fn: string; input?: unknown; lane?: string } | { lean: true };

function run(steps: Step[]): unknown[] {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(steps)], { encoding: 'utf8' })) as unknown[];
}

describe('the engines thread heap', () => {
  it('starts small, and runs a task that needs more again in a thread with the full heap, which it keeps', () => {
    const [first, held, after] = run([
      { url: engine, fn: 'limitMb', lane: 'engines' },
      // Past the start heap by a tenth: the thread dies of it, and the task runs again with 2 GiB.
      { url: engine, fn: 'hold', input: Math.ceil(ENGINES_START_MEMORY_MB * 1.1), lane: 'engines' },
      { url: engine, fn: 'limitMb', lane: 'engines' },
    ]) as [number, string, number];
    // ENGINES_START_MEMORY_MB of old generation and the thread's young generation.
    expect(first).toBeGreaterThanOrEqual(ENGINES_START_MEMORY_MB);
    expect(first).toBeLessThan(ENGINES_START_MEMORY_MB + 64);
    expect(held).toMatch(new RegExp(`^${Math.ceil(ENGINES_START_MEMORY_MB * 1.1)} MiB held; heap limit (\\d+) MiB$`));
    expect(Number(/limit (\d+)/.exec(held)![1])).toBeGreaterThanOrEqual(2048);
    expect(after).toBeGreaterThanOrEqual(2048);
    // Most of a gigabyte filled twice, a thread lost to it and one started again: slow on a busy
    // two-core runner whose other test files fill theirs at the same time.
  }, 180_000);

  it('starts smaller after leanThreadHeaps(), for a process without concurrent marking, and still retries with the full heap', () => {
    const [first, held] = run([{ lean: true }, { url: engine, fn: 'limitMb', lane: 'engines' }, { url: engine, fn: 'hold', input: 600, lane: 'engines' }]) as [number, string];
    expect(first).toBeGreaterThanOrEqual(ENGINES_LEAN_START_MEMORY_MB);
    expect(first).toBeLessThan(ENGINES_START_MEMORY_MB);
    expect(held).toMatch(/^600 MiB held; heap limit (\d+) MiB$/);
    expect(Number(/limit (\d+)/.exec(held)![1])).toBeGreaterThanOrEqual(2048);
  }, 90_000);

  it('gives the parser thread the full heap from the start', () => {
    const [parser] = run([{ url: engine, fn: 'limitMb' }]) as [number];
    expect(parser).toBeGreaterThanOrEqual(2048);
  });
});
