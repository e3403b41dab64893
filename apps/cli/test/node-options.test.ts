import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, run } from './helpers.js';

describe('Node options given to the CLI', () => {
  // V8's process-wide flags are refused in a Worker's execArgv: the engine threads start without them.
  it.each([['--stack-size=2000'], ['--max-old-space-size=4096', '--trace-warnings'], ['--max-semi-space-size=8']])('%s: every engine still runs and the report is the same', (...flags: string[]) => {
    const design = 'examples/defects/openapi-defects.md';
    const plain = run(['--format', 'json', design]);
    const r = spawnSync(process.execPath, [...flags, BIN, '--format', 'json', design], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).not.toContain('internal/');
    expect([r.status, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
    expect(plain.code).toBe(1);
  });
});
