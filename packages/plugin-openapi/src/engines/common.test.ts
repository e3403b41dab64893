import { describe, expect, it } from 'vitest';
import { runEngine, withTimeout } from './common.js';

describe('withTimeout', () => {
  it('gives up on an engine that runs too long', async () => {
    expect(await withTimeout(new Promise(() => {}), 5)).toBe('timeout');
  });

  it('gives up when the rule is aborted', async () => {
    const controller = new AbortController();
    const pending = withTimeout(new Promise(() => {}), 60_000, controller.signal);
    controller.abort();
    expect(await pending).toBe('timeout');
  });

  it('returns the result in time', async () => {
    expect(await withTimeout(Promise.resolve(42), 1000)).toBe(42);
  });
});

describe('runEngine', () => {
  // An engine whose work never yields to the timer (all synchronous, or microtasks only).
  const busy = 'data:text/javascript,' + encodeURIComponent('export async function lint(ms) { const end = Date.now() + ms; while (Date.now() < end); return "done"; }');

  it('judges work that never yields by the clock: past the budget it is a timeout', async () => {
    expect(await runEngine(busy, 'lint', 30, 5)).toBe('timeout');
  });

  it('gives the result of work that ends within the budget', async () => {
    expect(await runEngine(busy, 'lint', 0, 10_000)).toBe('done');
  });
});
