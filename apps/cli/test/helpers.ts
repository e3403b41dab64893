import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = join(REPO, 'apps/cli/dist/bin.js');
export const EXAMPLES = join(REPO, 'examples');

/** Run the built CLI as a process. */
export function run(args: string[], opts: { cwd?: string; input?: string; timeout?: number; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    input: opts.input,
    timeout: opts.timeout,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary project (with a .git folder so it is its own root) holding `files`. */
export function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-cli-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** Copy the clean refund-service example into a fresh project. */
export function cleanProject(): string {
  const dir = project();
  cpSync(join(EXAMPLES, 'refund-service'), join(dir, 'refund-service'), { recursive: true });
  return dir;
}
