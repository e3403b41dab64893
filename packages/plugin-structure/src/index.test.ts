import { describe, expect, it } from 'vitest';
import { resolveConfig, testPlugin } from '@design-check/core';
import structure, { rules, structure as named } from './index.js';

testPlugin(structure, { docs: new URL('../../../docs/rules/', import.meta.url) });

describe('the structure plugin', () => {
  it('is the default and the named export', () => {
    expect(named).toBe(structure);
    expect(structure.name).toBe('structure');
    expect(structure.rules).toBe(rules);
  });

  it('recommends errors, except warnings for status spelling, future dates, overdue questions and empty sections, and no order', () => {
    const off = Object.entries(structure.configs.recommended).filter(([, s]) => s !== 'error');
    expect(Object.fromEntries(off)).toEqual({
      'structure/section-order': 'off',
      'structure/metadata-status-spelling': 'warn',
      'structure/metadata-future-dates': 'warn',
      'structure/open-question-overdue': 'warn',
      'structure/empty-sections': 'warn',
    });
    expect(structure.configs.strict).toEqual({
      'structure/approved-complete': ['error', { openQuestions: 'resolved' }],
      'structure/section-order': 'error',
      'structure/empty-sections': 'error',
    });
  });

  it("resolves with core's config, so option schemas are checked", () => {
    const withOptions = {
      config: {
        rules: {
          'structure/required-sections': ['error', { sections: ['Metadata', ['Context & Goals', 'Background']] }],
          'structure/no-placeholders': ['error', { patterns: ['\\?{3}'], ignore: [] }],
          'structure/open-question-overdue': ['warn', { today: '2026-03-09' }],
          'structure/revision-history': ['error', { order: 'newest-first' }],
        },
      },
      dir: '.',
    } as Parameters<typeof resolveConfig>[1];
    expect(() => resolveConfig([structure], withOptions)).not.toThrow();
    const bad = { config: { rules: { 'structure/revision-history': ['error', { order: 'sideways' }] } }, dir: '.' } as Parameters<typeof resolveConfig>[1];
    expect(() => resolveConfig([structure], bad)).toThrow(/order/);
  });
});
