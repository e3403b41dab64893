import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIndex } from '@design-check/core';
import { defaultPlugins } from '../src/index.js';

const packagesDir = new URL('../../', import.meta.url);
const pluginPackages = readdirSync(packagesDir).filter((d) => d.startsWith('plugin-'));

describe('the default plugins', () => {
  it('lists every plugin package of the repository, each once', () => {
    const names = defaultPlugins.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(pluginPackages.map((d) => d.slice('plugin-'.length)).sort());
  });

  it('depends on every plugin package it lists', () => {
    const deps = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies);
    for (const dir of pluginPackages) {
      const name = JSON.parse(readFileSync(new URL(`${dir}/package.json`, packagesDir), 'utf8')).name;
      expect(deps).toContain(name);
    }
  });

  it('has no two rules with one id', () => {
    const count = defaultPlugins.reduce((n, p) => n + p.rules.length, 0);
    expect(ruleIndex(defaultPlugins).size).toBe(count);
  });
});
