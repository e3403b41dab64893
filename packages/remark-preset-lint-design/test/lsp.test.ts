import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '@design-check/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultPlugins } from '../src/index.js';
import { LspClient, within, type RpcMessage } from './lsp-client.js';
import { DEFECTIVE, PACKAGE_DIR } from './workspace.js';

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
    await client.request('shutdown', null, 10_000);
    client.notify('exit', null);
    await within(exited, 10_000, 'the server to exit');
  } catch (e) {
    throw new Error(`${(e as Error).message}\nserver stderr:\n${stderr}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}, 150_000);
