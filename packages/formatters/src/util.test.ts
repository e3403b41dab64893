import { describe, expect, it } from 'vitest';
import { countResults, countSeverities, plural, relativePath } from './util.js';
import { results } from './__fixtures__/results.js';

describe('relativePath', () => {
  it('makes an absolute path relative to cwd', () => {
    expect(relativePath('/repo', '/repo/docs/api/refunds.md')).toBe('docs/api/refunds.md');
  });

  it('keeps a path that is already relative', () => {
    expect(relativePath('/repo', 'docs/a.md')).toBe('docs/a.md');
    expect(relativePath('/repo/', './README.md')).toBe('README.md');
  });

  it('climbs out of cwd with ..', () => {
    expect(relativePath('/repo/docs', '/repo/README.md')).toBe('../README.md');
  });
});

describe('countSeverities', () => {
  it('counts each severity from the diagnostics', () => {
    expect(countSeverities(results[0].diagnostics)).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(countResults(results)).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(countResults([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});

describe('plural', () => {
  it('adds an s unless the count is one', () => {
    expect([plural(0, 'info'), plural(1, 'error'), plural(2, 'warning')]).toEqual([
      '0 infos',
      '1 error',
      '2 warnings',
    ]);
  });
});
