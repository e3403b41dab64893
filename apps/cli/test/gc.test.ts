import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { CONCURRENT_MARKING_FROM_CORES, capMainHeap, keepMainHeapDown, markingFlag } from '../src/gc.js';
import { BIN, REPO, run } from './helpers.js';

describe('markingFlag', () => {
  it('turns V8 concurrent marking off on machines of few cores', () => {
    expect(markingFlag(1, [])).toBe('--no-concurrent-marking');
    expect(markingFlag(2, ['--enable-source-maps'], '--max-old-space-size=4096')).toBe('--no-concurrent-marking');
    expect(markingFlag(CONCURRENT_MARKING_FROM_CORES - 1, [])).toBe('--no-concurrent-marking');
  });

  it('leaves it on where a core is free for it', () => {
    expect(markingFlag(CONCURRENT_MARKING_FROM_CORES, [])).toBeUndefined();
    expect(markingFlag(16, [])).toBeUndefined();
  });

  it("leaves the user's own choice alone, on the command line or in NODE_OPTIONS", () => {
    expect(markingFlag(2, ['--concurrent-marking'])).toBeUndefined();
    expect(markingFlag(2, ['--no-concurrent-marking'])).toBeUndefined();
    expect(markingFlag(2, ['--concurrent_marking=false'])).toBeUndefined();
    expect(markingFlag(2, [], '--trace-warnings --single-threaded-gc')).toBeUndefined();
    expect(markingFlag(2, [], '--single-threaded')).toBeUndefined();
  });
});

describe('the collector settings in a check', () => {
  // Every example in one run, on the normal path (engine threads): the same report with V8's
  // concurrent marking as the user's choice (which the CLI then leaves on) as without it.
  it('change no finding', () => {
    const env = { ...process.env, NO_COLOR: '1', DESIGN_CHECK_SNAPSHOT: '0' };
    const plain = run(['--format', 'json', 'examples'], { env });
    const marked = spawnSync(process.execPath, ['--concurrent-marking', BIN, '--format', 'json', 'examples'], { cwd: REPO, encoding: 'utf8', env });
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).files.length).toBeGreaterThan(5);
    expect([marked.status, marked.stdout, marked.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
  });
});

describe('keepMainHeapDown', () => {
  it('does nothing until the CLI caps the main heap (the library, the preset and the language server never do)', () => {
    expect(keepMainHeapDown(0)).toBe(false);
  });

  it('collects the main thread between two designs only when its old generation is past the cap', async () => {
    capMainHeap();
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) kinds.push((e as unknown as { detail: { kind: number } }).detail.kind);
    });
    observer.observe({ entryTypes: ['gc'] });
    expect(keepMainHeapDown(1_000_000)).toBe(false);
    expect(keepMainHeapDown(1)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MAJOR);
  });

  it('gives no gc function to the threads started after it', async () => {
    capMainHeap();
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof gc)", { eval: true });
    const seen = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(seen).toBe('undefined');
  });
});
