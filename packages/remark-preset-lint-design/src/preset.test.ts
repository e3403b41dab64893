import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, type Plugin, type Rule } from '@design-check/core';
import { remark } from 'remark';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { createPreset, createRules, type DesignPreset } from './preset.js';

const calls = new Map<string, number>();
function counted(name: string, run: Rule['check']): Rule {
  return {
    name,
    meta: { description: name, messages: { found: 'Found {{what}} here; fix it.' } },
    check: (ctx) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return run(ctx);
    },
  };
}

/** A plugin whose rules find every line holding "ERR", "WARN" or "INFO" (the last one async, like an engine). */
const fake: Plugin = {
  name: 'fake',
  rules: [
    counted('errors', (ctx) => {
      ctx.doc.text.split('\n').forEach((l, i) => {
        const col = l.indexOf('ERR');
        const offset = ctx.doc.text.split('\n').slice(0, i).join('\n').length + (i > 0 ? 1 : 0) + col;
        const fix = { range: [offset, offset + 3] as [number, number], text: 'OK' };
        if (col >= 0) ctx.report({ messageId: 'found', data: { what: 'ERR' }, at: { line: i + 1, column: col + 1, endLine: i + 1, endColumn: col + 4 }, fix });
      });
    }),
    counted('engine', async (ctx) => {
      await new Promise((r) => setTimeout(r, 20));
      ctx.doc.text.split('\n').forEach((l, i) => {
        if (l.includes('WARN')) ctx.report({ messageId: 'found', data: { what: 'WARN' }, at: { line: i + 1, column: l.indexOf('WARN') + 1 }, source: 'engine:warn-word', severity: 'warning' });
      });
    }),
    counted('infos', (ctx) => {
      ctx.doc.text.split('\n').forEach((l, i) => {
        if (l.includes('INFO')) ctx.report({ messageId: 'found', data: { what: 'INFO' }, at: { line: i + 1, column: l.indexOf('INFO') + 1 } });
      });
    }),
  ],
  configs: { recommended: { 'fake/errors': 'error', 'fake/engine': 'error', 'fake/infos': 'info' }, strict: {} },
};

const DESIGN_PARTS = ['## Metadata', '', '| Field | Value |', '|---|---|', '| **Status** | draft |', '', '## Context & Goals', '', '## Open Questions', ''];
const DOC = ['# Technical Design: Fake', '', 'An ERR here.', '', 'A WARN there.', '', '<!-- design-check-disable-next-line fake/errors -->', 'ERR suppressed.', '', 'INFO line.', '', ...DESIGN_PARTS].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preset-test-'));
  calls.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Lint `text` at `dir/name`; messages in position order, as remark's reporter prints them. */
async function lint(preset: DesignPreset | { plugins: unknown[]; settings?: Record<string, unknown> }, text = DOC, name = 'design.md') {
  const file = new VFile({ path: join(dir, name), value: text, cwd: dir });
  await remark()
    .use(preset as DesignPreset)
    .process(file);
  const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return sorted.map((m) => ({ ruleId: m.ruleId, source: m.source, line: m.line, column: m.column, reason: m.reason, fatal: m.fatal, url: m.url, note: m.note, expected: m.expected }));
}

test('reports what check() reports, with design-check severities as fatal/warning/info', async () => {
  const got = await lint(createPreset({ plugins: [fake] }));
  const want = await check(DOC, { path: join(dir, 'design.md'), plugins: [fake], projectRoot: dir });
  expect(got.map(({ ruleId, line, column, reason }) => ({ ruleId, line, column, reason }))).toEqual(
    want.diagnostics.map((d) => ({ ruleId: d.source ?? d.ruleId, line: d.line, column: d.column, reason: d.message })),
  );
  expect(got).toMatchObject([
    { ruleId: 'fake/errors', source: 'design-check', line: 3, column: 4, fatal: true, url: expect.stringMatching(/\/fake\/errors\.md$/), expected: ['OK'] },
    { ruleId: 'engine:warn-word', source: 'design-check', line: 5, column: 3, fatal: false, url: expect.stringMatching(/\/fake\/engine\.md$/), note: expect.stringContaining('engine:warn-word') },
    { ruleId: 'fake/infos', line: 10, column: 1, fatal: undefined },
  ]);
});

test('runs each design-check rule once per file, however many lint rules there are', async () => {
  await lint(createPreset({ plugins: [fake] }));
  expect(Object.fromEntries(calls)).toEqual({ errors: 1, engine: 1, infos: 1 });
});

test('a severity in remark config works the remark way', async () => {
  const made = createPreset({ plugins: [fake] });
  const got = await lint({ plugins: [...made.plugins, [made.rules['fake/errors'], ['warn']], [made.rules['fake/infos'], false], [made.rules['fake/engine'], ['error']]] });
  expect(got.map((m) => [m.ruleId, m.fatal])).toEqual([
    ['fake/errors', false],
    ['engine:warn-word', true],
  ]);
  expect(calls.get('infos')).toBeUndefined();
});

test('a rule turned off in remark config is off for design-check, so its directive is unused', async () => {
  const made = createPreset({ plugins: [fake] });
  const got = await lint({ plugins: [...made.plugins, [made.rules['fake/errors'], ['off']]] });
  expect(got.map((m) => m.ruleId)).toEqual(['engine:warn-word', 'core/unused-disable', 'fake/infos']);
  expect(calls.get('errors')).toBeUndefined();
});

test('rules used alone report alone', async () => {
  const { runner, rules } = createRules([fake]);
  const got = await lint({ plugins: [runner, rules['fake/engine']] });
  expect(got.map((m) => m.ruleId)).toEqual(['engine:warn-word']);
});

test('finds the design-check config upward from the file, or takes one from options or settings', async () => {
  writeFileSync(join(dir, 'design-check.config.json'), JSON.stringify({ rules: { 'fake/errors': 'warn' } }));
  expect((await lint(createPreset({ plugins: [fake] })))[0]).toMatchObject({ ruleId: 'fake/errors', fatal: false });
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ rules: { 'fake/errors': 'off' } }));
  const byPath = await lint(createPreset({ plugins: [fake], config: join(dir, 'other.json') }));
  expect(byPath.map((m) => m.ruleId)).not.toContain('fake/errors');
  const made = createPreset({ plugins: [fake] });
  const bySettings = await lint({ plugins: made.plugins, settings: { designCheck: { config: { rules: { 'fake/infos': 'error' } } } } });
  expect(bySettings.find((m) => m.ruleId === 'fake/infos')).toMatchObject({ fatal: true });
});

test('a broken config is one fatal message, not one per rule', async () => {
  const got = await lint(createPreset({ plugins: [fake], config: { rules: { 'fake/nope': 'error' } } }));
  expect(got).toHaveLength(1);
  expect(got[0]).toMatchObject({ ruleId: 'config', source: 'design-check', fatal: true, reason: expect.stringContaining('unknown rule "fake/nope"') });
});

test('a broken config is stated once, without a stack trace; the other files it stops name it in one line', async () => {
  writeFileSync(join(dir, 'design-check.config.yaml'), 'rules:\n  fake/eror: error\n');
  const made = createPreset({ plugins: [fake] });
  const first = await lint(made, DOC, 'first.md');
  const second = await lint(made, DOC, 'second.md');
  expect(first).toEqual([expect.objectContaining({ ruleId: 'config', fatal: true, reason: expect.stringMatching(/^design-check config error: .*design-check\.config\.yaml: /) })]);
  expect(second).toEqual([expect.objectContaining({ ruleId: 'config', fatal: true, reason: 'design-check did not check this file: the config error reported on first.md applies here too' })]);
  const file = new VFile({ path: join(dir, 'first.md'), value: DOC, cwd: dir });
  await remark().use(made).process(file);
  // remark's reporter prints a message's `cause` as a stack trace.
  expect(file.messages.map((m) => m.cause)).toEqual([undefined]);
});

test('skips markdown that is not a design document, like the CLI in a folder, unless allFiles', async () => {
  const readme = '# Readme\n\nAn ERR here.\n';
  expect(await lint(createPreset({ plugins: [fake] }), readme, 'README.md')).toEqual([]);
  expect(await lint(createPreset({ plugins: [fake], allFiles: true }), readme, 'README.md')).toHaveLength(1);
});

test('uses the CLI\'s discovery: an index, a how-to and a service README are not designs; the config\'s files decide when given', async () => {
  const fixture = (name: string) => readFileSync(new URL(`../../core/test/discovery/${name}`, import.meta.url), 'utf8');
  const withErr = (text: string) => `${text}\nAn ERR here.\n`;
  for (const name of ['index-README.md', 'HOWTO.md', 'service-README.md', 'CHANGELOG.md']) {
    expect([name, await lint(createPreset({ plugins: [fake] }), withErr(fixture(name)), name)]).toEqual([name, []]);
  }
  expect(await lint(createPreset({ plugins: [fake] }), withErr(fixture('draft-design.md')), 'TECHNICAL-DESIGN.md')).toHaveLength(1);
  const files = createPreset({ plugins: [fake], config: { files: ['**/HOWTO.md'] } });
  expect(await lint(files, withErr(fixture('HOWTO.md')), 'HOWTO.md')).toHaveLength(1);
  expect(await lint(files, withErr(fixture('draft-design.md')), 'TECHNICAL-DESIGN.md')).toEqual([]);
});
