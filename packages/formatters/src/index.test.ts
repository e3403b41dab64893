import { describe, expect, it } from 'vitest';
import { compact, formatters, getFormatter, github, html, json, junit, markdown, sarif, stylish } from './index.js';

describe('formatters', () => {
  it('maps each name to its formatter', () => {
    expect(formatters).toEqual({ stylish, compact, json, sarif, github, junit, markdown, html });
    for (const [name, formatter] of Object.entries(formatters)) expect(getFormatter(name)).toBe(formatter);
  });

  it('throws for an unknown name, listing the valid ones', () => {
    expect(() => getFormatter('htm')).toThrow(
      new Error('Unknown format "htm", expected one of: stylish, compact, json, sarif, github, junit, markdown, html'),
    );
  });

  it('does not hand out inherited properties', () => {
    expect(() => getFormatter('toString')).toThrow(/Unknown format "toString"/);
    expect(() => getFormatter('__proto__')).toThrow(/Unknown format "__proto__"/);
  });
});
