import { describe, expect, it } from 'vitest';
import { withTimeout } from './common.js';

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
