import { RUNNER_RULES } from '@design-check/core';
import remarkLint from 'remark-lint';
import { expect, test } from 'vitest';
import preset, { createPreset, defaultPlugins, rules } from './index.js';

const ids = [...defaultPlugins.flatMap((p) => p.rules.map((r) => `${p.name}/${r.name}`)), ...Object.keys(RUNNER_RULES)];

test('the preset lists every design-check rule once, after remark-lint and the engine step', () => {
  const [lint, runner, ...rest] = preset.plugins;
  expect(lint).toBe(remarkLint);
  expect(runner.name).toBe('designCheck');
  expect(rest.map((r) => r.name).sort()).toEqual(ids.map((id) => `design-check:${id}`).sort());
  expect(new Set(rest).size).toBe(rest.length);
  expect(Object.keys(rules).sort()).toEqual([...ids].sort());
});

test('createPreset builds a separate set of rules with the default plugins', () => {
  const made = createPreset({ config: { extends: 'strict' } });
  expect(Object.keys(made.rules).sort()).toEqual([...ids].sort());
  expect(made.rules['structure/metadata']).not.toBe(rules['structure/metadata']);
});
