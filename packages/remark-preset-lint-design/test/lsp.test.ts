import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '@design-check/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultPlugins } from '../src/index.js';
import { LspClient, within, type RpcMessage } from './lsp-client.js';
import { DEFECTIVE, PACKAGE_DIR, REPO } from './workspace.js';

const LSP_SEVERITY = { error: 1, warning: 2, info: 3 } as const;
let dir: string;

beforeAll(() => {
  // A project as a user has it: a .remarkrc naming the preset, and the preset installed.
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'design-check-lsp-')));
  writeFileSync(join(dir, '.remarkrc'), JSON.stringify({ plugins: ['remark-preset-lint-design'] }));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PACKAGE_DIR, join(dir, 'node_modules', 'remark-preset-lint-design'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('remark-language-server publishes design-check findings on the right lines', async () => {
  const path = join(dir, 'TECHNICAL-DESIGN.md');
  const text = readFileSync(DEFECTIVE, 'utf8');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const want = (await check(text, { path, plugins: defaultPlugins, projectRoot: dir })).diagnostics;
  expect(want.some((d) => d.severity === 'error')).toBe(true);

  const child = spawn(process.execPath, [join(PACKAGE_DIR, 'test/lsp-server.mjs'), '--stdio'], { cwd: dir, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const client = new LspClient(child);
  try {
    const init = await client.request(
      'initialize',
      { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'design' }], capabilities: {} },
      20_000,
    );
    expect(init.capabilities.textDocumentSync).toBeDefined();
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const published: RpcMessage = await client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0,
      90_000,
      'diagnostics of the opened design',
    );
    const got = published.params.diagnostics.filter((d: { source?: string }) => d.source === 'design-check');
    const shape = (d: { code: string; range: { start: { line: number; character: number } }; severity: number; message: string }) =>
      `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.code} ${d.message.split('\n')[0]}`;
    // LSP positions are 0-based; design-check's are 1-based. An engine finding's code is the engine's id.
    expect(got.map(shape).sort()).toEqual(
      want.map((d) => shape({ code: d.source ?? d.ruleId, range: { start: { line: d.line - 1, character: d.column - 1 } }, severity: LSP_SEVERITY[d.severity], message: d.message })).sort(),
    );
    expect(got.every((d: { codeDescription?: { href: string } }) => /\/docs\/rules\/.+\.md$/.test(d.codeDescription?.href ?? ''))).toBe(true);

    // A design with fixable findings: each fix comes back as the quick fix of its diagnostic.
    const fixablePath = join(dir, 'refunds', 'TECHNICAL-DESIGN.md');
    const fixableUri = pathToFileURL(fixablePath).href;
    const clean = readFileSync(join(REPO, 'examples/refund-service/TECHNICAL-DESIGN.md'), 'utf8');
    const broken = clean
      .replace('| **Created** | 2026-03-02 |', '| **Created** | 2026-3-2 |')
      .replace('| 99.95% | 0.05% over 30d rolling |', '| 99.95% | 0.5% over 30d rolling |')
      .replace('| Refunds API (createRefund) | latency p95 | < 250ms | 5% of requests may exceed | 3x burn rate for 15m window |', '| Refunds API (createRefund) | latency p95 | < 250ms | 5% of requests may exceed |');
    mkdirSync(join(dir, 'refunds'));
    writeFileSync(fixablePath, broken);
    client.notify('textDocument/didOpen', { textDocument: { uri: fixableUri, languageId: 'markdown', version: 1, text: broken } });
    const fixableDiagnostics: RpcMessage = await client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === fixableUri && m.params.diagnostics.length > 0,
      90_000,
      'diagnostics of the design with fixable findings',
    );
    const lines = broken.split('\n');
    const actionsFor = async (code: string) => {
      const diagnostic = fixableDiagnostics.params.diagnostics.find((d: { code: string }) => d.code === code);
      expect(diagnostic, code).toBeDefined();
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri: fixableUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, 20_000);
      return { diagnostic, actions };
    };
    const date = await actionsFor('structure/metadata-dates');
    const dateLine = lines.findIndex((l) => l.startsWith('| **Created** |'));
    expect(date.actions).toEqual([
      {
        title: 'Replace `2026-3-2` with `2026-03-02`',
        kind: 'quickfix',
        isPreferred: true,
        edit: { changes: { [fixableUri]: [{ range: { start: { line: dateLine, character: 16 }, end: { line: dateLine, character: 24 } }, newText: '2026-03-02' }] } },
      },
    ]);
    const budget = await actionsFor('slo/error-budget');
    expect(budget.actions.map((a: { title: string }) => a.title)).toEqual(['Replace `0.5%` with `0.05%`']);
    const row = await actionsFor('structure/table-cell-count');
    const short = '| Refunds API (createRefund) | latency p95 | < 250ms | 5% of requests may exceed |';
    expect(row.actions.map((a: { title: string }) => a.title)).toEqual([`Replace \`${short}\` with \`${short}  |\``]);
    // Applying the edits the server returned gives back a design without those findings.
    const apply = (text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>) => {
      const all = text.split('\n');
      for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
        const l = all[e.range.start.line];
        all[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
      }
      return all.join('\n');
    };
    const edits = [date, budget, row].flatMap((x) => x.actions[0].edit.changes[fixableUri]);
    const fixed = apply(broken, edits);
    expect(fixed).toBe(clean.replace('| 3x burn rate for 15m window |', '|  |'));
    await client.request('shutdown', null, 10_000);
    client.notify('exit', null);
    await within(exited, 10_000, 'the server to exit');
  } catch (e) {
    throw new Error(`${(e as Error).message}\nserver stderr:\n${stderr}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}, 150_000);
