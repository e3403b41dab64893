import { describe, expect, it } from 'vitest';
import { compact, formatters, getFormatter, github, json, junit, sarif, stylish } from './index.js';

describe('formatters', () => {
  it('maps each name to its formatter', () => {
    expect(formatters).toEqual({ stylish, compact, json, sarif, github, junit });
    for (const [name, formatter] of Object.entries(formatters)) expect(getFormatter(name)).toBe(formatter);
  });

  it('throws for an unknown name, listing the valid ones', () => {
    expect(() => getFormatter('html')).toThrow(
      new Error('Unknown format "html", expected one of: stylish, compact, json, sarif, github, junit'),
    );
  });

  it('does not hand out inherited properties', () => {
    expect(() => getFormatter('toString')).toThrow(/Unknown format "toString"/);
    expect(() => getFormatter('__proto__')).toThrow(/Unknown format "__proto__"/);
  });
});
