import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shareNimma } from './spectral-nimma.js';

// The module object Spectral's runner reads `default` from, at each run.
const fromCore = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-core'));
const legacy = fromCore('nimma/legacy') as { default: new (paths: string[], options?: Record<string, unknown>) => { query(input: unknown, callbacks: Record<string, (scope: { path: unknown[] }) => void>): void } };

describe('shareNimma', () => {
  it('hands out one Nimma per set of paths and options, and each still finds what a new one finds', () => {
    const Upstream = legacy.default;
    shareNimma(legacy);
    const options = { fallback: null, unsafe: false, output: 'auto', customShorthands: {} };
    const a = new legacy.default(['$.paths[*]', '$..description'], options);
    const b = new legacy.default(['$.paths[*]', '$..description'], { ...options, customShorthands: {} });
    const c = new legacy.default(['$.info'], options);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    const found = (nimma: typeof a, doc: unknown) => {
      const out: string[] = [];
      nimma.query(doc, { '$.paths[*]': (s) => out.push(`path ${s.path.join('.')}`), '$..description': (s) => out.push(`description ${s.path.join('.')}`) });
      return out.sort();
    };
    const one = { paths: { '/a': { description: 'A' } } };
    const two = { info: { description: 'I' }, paths: { '/b': {}, '/c': {} } };
    // Reused across documents, it gives what a fresh upstream instance gives on each.
    expect(found(a, one)).toEqual(found(new Upstream(['$.paths[*]', '$..description'], options), one));
    expect(found(a, two)).toEqual(found(new Upstream(['$.paths[*]', '$..description'], options), two));
    expect(found(a, two)).toEqual(['description info.description', 'path paths./b', 'path paths./c']);
  });

  it('leaves a module of another shape as it is', () => {
    const other = { default: 'not a class' };
    shareNimma(other);
    expect(other.default).toBe('not a class');
  });
});
