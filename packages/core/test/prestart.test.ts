import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Engine threads load built modules, so each case runs core's dist in a fresh process: it turns the
// compile cache on, prestarts what the last run recorded, runs the tasks it is given, prints what
// they returned, and writes the cache (and the warm-ups to prestart next time).
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const script = `
import { enableCompileCache, prestartThreads, warmInThread, runInThread, flushCompileCaches } from ${JSON.stringify(dist)};
const [dir, steps] = [process.argv[1], JSON.parse(process.argv[2])];
enableCompileCache(dir);
prestartThreads();
const out = [];
for (const s of steps) {
  if (s.warm) warmInThread(s.url, s.fn, s.input ?? null, 10_000, s.lane).catch(() => undefined);
  else out.push(await runInThread(s.url, s.fn, s.input ?? null, 10_000, s.lane));
}
console.log(JSON.stringify(out));
await flushCompileCaches();
`;

const work = mkdtempSync(join(tmpdir(), 'dc-prestart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// An engine module: its warm-up counts how often it ran in the thread; a slow one busy-waits, then leaves a file.
mkdirSync(join(work, 'engine'), { recursive: true });
writeFileSync(join(work, 'engine', 'package.json'), '{"type":"module"}');
writeFileSync(
  join(work, 'engine', 'engine.js'),
  `import { writeFileSync } from 'node:fs';
let warmed = 0;
export function warm() { warmed++; }
export function slowWarm() { const end = Date.now() + 4000; while (Date.now() < end); writeFileSync(new URL('./slow-warm-done', import.meta.url), ''); }
export function count() { return warmed; }
`,
);
const engine = pathToFileURL(join(work, 'engine', 'engine.js')).href;

type Step = { url: string; fn: string; lane?: string; warm?: boolean };

function run(dir: string, steps: Step[]): { out: unknown[] } {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, dir, JSON.stringify(steps)], { encoding: 'utf8', env: { ...process.env, CI: '' } });
  return { out: JSON.parse(stdout) };
}

const slowWarmDone = join(work, 'engine', 'slow-warm-done');

const prestartFile = (dir: string) => {
  const name = readdirSync(dir).find((n) => n.startsWith('prestart-'));
  return name ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as Array<{ lane: string; fn: string }>) : undefined;
};

describe('prestartThreads', () => {
  it('records the warm-ups a lane ran before its first task, and the next run starts them at once, once', () => {
    const dir = join(work, 'a');
    const steps: Step[] = [
      { url: engine, fn: 'warm', lane: 'one', warm: true },
      { url: engine, fn: 'count', lane: 'one' },
      // Asked for after the lane's first task: not something to start ahead next time.
      { url: engine, fn: 'slowWarm', lane: 'one', warm: true },
    ];
    expect(run(dir, steps.slice(0, 2)).out).toEqual([1]);
    expect(prestartFile(dir)).toEqual([{ lane: 'one', url: engine, fn: 'warm', input: null }]);
    // Prestarted, then asked for again: the thread ran it once.
    expect(run(dir, steps.slice(0, 2)).out).toEqual([1]);
    // Prestarted and never asked for: it still ran once in its thread, and is not recorded again.
    expect(run(dir, [{ url: engine, fn: 'count', lane: 'one' }]).out).toEqual([1]);
    expect(prestartFile(dir)).toEqual([]);
  });

  it('does not keep the process alive for a prestarted warm-up nobody asks for', () => {
    const dir = join(work, 'b');
    run(dir, [{ url: engine, fn: 'slowWarm', lane: 'two', warm: true }, { url: engine, fn: 'count', lane: 'two' }]);
    expect(prestartFile(dir)).toEqual([{ lane: 'two', url: engine, fn: 'slowWarm', input: null }]);
    rmSync(slowWarmDone, { force: true });
    // The slow warm-up is prestarted; this run needs nothing and ends without waiting for it to finish.
    expect(run(dir, []).out).toEqual([]);
    expect(existsSync(slowWarmDone)).toBe(false);
  });

  it('waits for a prestarted warm-up that a task queued behind it needs', () => {
    const dir = join(work, 'c');
    run(dir, [{ url: engine, fn: 'slowWarm', lane: 'three', warm: true }, { url: engine, fn: 'count', lane: 'three' }]);
    rmSync(slowWarmDone, { force: true });
    // The task is queued behind the prestarted warm-up in the same thread: the process waits for both.
    expect(run(dir, [{ url: engine, fn: 'count', lane: 'three' }]).out).toEqual([0]);
    expect(existsSync(slowWarmDone)).toBe(true);
  });

  it('starts nothing from a damaged file, and only file URLs of .js modules in lanes with plain names', () => {
    const dir = join(work, 'd');
    run(dir, [{ url: engine, fn: 'warm', lane: 'four', warm: true }, { url: engine, fn: 'count', lane: 'four' }]);
    const name = readdirSync(dir).find((n) => n.startsWith('prestart-'))!;
    writeFileSync(join(dir, name), '{"not": "a list"');
    expect(run(dir, [{ url: engine, fn: 'count', lane: 'four' }]).out).toEqual([0]);
    writeFileSync(
      join(dir, name),
      JSON.stringify([
        { lane: 'four', url: 'data:text/javascript,export function warm(){}', fn: 'warm' },
        { lane: '../four', url: engine, fn: 'warm' },
        { lane: 'four', url: engine.replace(/\.js$/, '.mjs'), fn: 'warm' },
        { lane: 'four', url: engine },
      ]),
    );
    expect(run(dir, [{ url: engine, fn: 'count', lane: 'four' }]).out).toEqual([0]);
  });
});
