import { describe, expect, it } from 'vitest';
import type { Plugin } from '@design-check/core';
import { main, type CliIO } from '../src/main.js';
import { DESIGN, demo } from './demo-plugin.js';
import { project } from './helpers.js';

describe('the progress line', () => {
  /** A rule that takes its time, so that a batch runs past the progress threshold. */
  const slow: Plugin = {
    name: 'slow',
    rules: [{ name: 'wait', meta: { description: 'Waits.', messages: { m: 'm' } }, check: () => new Promise<void>((r) => setTimeout(r, 150)) }],
    configs: { recommended: { 'slow/wait': 'error' }, strict: {} },
  };

  async function batch(stderrIsTTY: boolean, format = 'stylish') {
    const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}/design.md`);
    const dir = project(Object.fromEntries(names.map((n) => [n, DESIGN])));
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, isTTY: false, stderrIsTTY, progressAfterMs: 60, readStdin: async () => '' };
    const code = await main(['--format', format, ...names], io, [demo, slow]);
    return { code, stdout, stderr };
  }

  it('shows which file a long batch is at, on a terminal only, and clears itself before the report', async () => {
    const tty = await batch(true);
    // Four documents are in flight: a to d start at once, before the threshold; e starts after a's rule.
    expect(tty.stderr).toBe('\r\u001b[2Kdesign-check: 5/5 e/design.md\r\u001b[2K');
    expect(tty.stdout).toContain('✖ 10 problems (5 errors, 5 warnings, 0 infos)');
    expect((await batch(false)).stderr).toBe('');
    const json = await batch(true, 'json');
    expect(JSON.parse(json.stdout).summary.files).toBe(5);
  });
});
