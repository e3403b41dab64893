import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metadataField, runInThread, type Plugin } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import { main, type CliIO } from '../src/main.js';
import { BIN, EXAMPLES, cleanProject, project, run } from './helpers.js';

const CLEAN = 'refund-service/TECHNICAL-DESIGN.md';

interface Report {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; line: number; column: number }> }>;
}

const brief = (stdout: string) =>
  (JSON.parse(stdout) as Report).files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`));

/** Run the built CLI with bytes on stdin. */
function runWithBytes(args: string[], cwd: string, input: Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The clean example with `Tomás` of its Reviewers row saved in Latin-1 (0xE1). */
function latin1Design(dir: string): { bytes: Buffer; line: number; column: number } {
  const text = readFileSync(join(dir, CLEAN), 'utf8');
  const at = text.indexOf('Tomás');
  const bytes = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0x54, 0x6f, 0x6d, 0xe1, 0x73]), Buffer.from(text.slice(at + 5), 'utf8')]);
  const before = text.slice(0, at + 3).split('\n');
  return { bytes, line: before.length, column: before[before.length - 1].length + 1 };
}

describe('hostile input to the CLI', () => {
  it('a design with bytes that are not UTF-8 is checked in full, with one warning at the first of them (a file and stdin alike)', () => {
    const dir = cleanProject();
    const { bytes, line, column } = latin1Design(dir);
    writeFileSync(join(dir, CLEAN), bytes);
    const file = run(['-f', 'json', CLEAN], { cwd: dir });
    expect([file.code, brief(file.stdout)]).toEqual([0, [`${CLEAN}:${line}:${column} warning input/bad-encoding`]]);
    const stdin = runWithBytes(['-f', 'json', '-', '--stdin-filename', CLEAN], dir, bytes);
    expect([stdin.code, brief(stdin.stdout)]).toEqual([0, [`${CLEAN}:${line}:${column} warning input/bad-encoding`]]);
  });

  it('a file with a NUL byte is not text: one error, not parsed', () => {
    const dir = project({ 'design.md': '# Technical Design: X\n\n## Metadata\n\u0000binary' });
    const r = run(['-f', 'json', 'design.md'], { cwd: dir });
    expect([r.code, brief(r.stdout)]).toEqual([1, ['design.md:4:1 error input/not-text']]);
  });

  it('--max-file-size: a larger file is one error, not read; stdin past the limit too; a bad size is a usage error', () => {
    const dir = cleanProject();
    const size = readFileSync(join(dir, CLEAN)).length;
    const r = run(['-f', 'json', '--max-file-size', '16KB', CLEAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics.map((d: { ruleId: string; message: string }) => `${d.ruleId} ${d.message}`)).toEqual([
      `input/too-large The document is ${(size / 1024).toFixed(1)} KiB (${size} bytes), over the limit of 16 KiB; split it into one design per mission, or raise the limit (--max-file-size).`,
    ]);
    expect(run(['-f', 'json', '--max-file-size', '1MB', CLEAN], { cwd: dir }).code).toBe(0);
    const stdin = runWithBytes(['-f', 'json', '--max-file-size', '1000', '-'], dir, Buffer.alloc(300_000, 'a'));
    expect([stdin.code, brief(stdin.stdout).map((s) => s.replace(/^.*?:/, ''))]).toEqual([1, ['1:1 error input/too-large']]);
    const bad = run(['--max-file-size', 'lots', CLEAN], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, 'design-check: Invalid --max-file-size "lots": expected a size such as 20MB, 512KB or a number of bytes. Run design-check --help for usage.\n']);
  });

  it('in a folder, a named pipe, a link loop and a link out of the project are each one finding; the design beside them is checked; nothing hangs', () => {
    const dir = cleanProject();
    const outside = project({ 'secret.md': '# Secret\n' });
    spawnSync('mkfifo', [join(dir, 'refund-service/pipe.md')]);
    symlinkSync('loop.md', join(dir, 'refund-service/loop.md'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'refund-service/out.md'));
    symlinkSync(outside, join(dir, 'refund-service/out-folder'));
    const r = run(['-f', 'json', 'refund-service'], { cwd: dir, timeout: 60_000 });
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as Report).files.map((f) => `${f.path} ${f.diagnostics.map((d) => `${d.ruleId}: ${d.message}`).join(' | ')}`);
    expect(files).toEqual([
      'refund-service/TECHNICAL-DESIGN.md ',
      'refund-service/loop.md input/unreadable: The file cannot be read: it is a symbolic link loop (ELOOP).',
      'refund-service/out.md input/outside-root: The file is a symbolic link to a file outside the project root; design-check does not read it. Check the file it points to from its own project, or replace the link by the file.',
      'refund-service/pipe.md input/unreadable: The file cannot be read: it is not a regular file (a named pipe, a socket or a device), and design-check does not open such files.',
    ]);
  });

  it('a 1 MB design is checked in full: a defect at its end is found', () => {
    const dir = cleanProject();
    const text = readFileSync(join(dir, CLEAN), 'utf8');
    let appendix = '\n## Appendix: Reconciliation Runs\n\n';
    for (let i = 1; appendix.length < 1_000_000; i++) {
      appendix += `### Run ${i}\n\nThe nightly job compared acquirer reports with the ledger; no refund was missing.\n\n| Day | Refunds | Mismatches |\n|---|---|---|\n| ${i} | ${i * 7} | 0 |\n\n`;
    }
    const big = `${text}${appendix}See [the old runbook](./runbooks/missing.md).\n`;
    writeFileSync(join(dir, CLEAN), big);
    const r = run(['-f', 'json', CLEAN], { cwd: dir, timeout: 180_000 });
    expect([r.code, brief(r.stdout)]).toEqual([1, [`${CLEAN}:${big.split('\n').length - 1}:5 error structure/local-links`]]);
  }, 200_000);
});

/** Throws on every design (it has a Status row); its other rule reports the Status cell. */
const crashing: Plugin = {
  name: 'crashing',
  rules: [
    {
      name: 'throws',
      meta: { description: 'Report nothing; throw.', messages: {} },
      check(ctx) {
        if (metadataField(ctx.doc, 'Status')) throw new Error('kaput');
      },
    },
    {
      name: 'status',
      meta: { description: 'Report the Status cell.', messages: { here: 'The Status is here' } },
      check(ctx) {
        const cell = metadataField(ctx.doc, 'Status')?.value;
        if (cell) ctx.report({ messageId: 'here', at: cell });
      },
    },
  ],
  configs: { recommended: { 'crashing/throws': 'error', 'crashing/status': 'info' }, strict: {} },
};

async function cli(args: string[], cwd: string, plugins: Plugin[]) {
  let stdout = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: () => {}, cwd, isTTY: false, readStdin: async () => '' };
  const code = await main(args, io, plugins);
  return { code, report: JSON.parse(stdout) as Report };
}

describe('isolation', () => {
  it('a rule that throws is one internal/rule-crash per file; every other finding and file is still reported; exit 2', async () => {
    const dir = project();
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const files = ['examples/defects/openapi-defects.md', 'examples/defects/typescript-defects.md', 'examples/refund-service/TECHNICAL-DESIGN.md'];
    const normal = await cli(['-f', 'json', ...files], dir, defaultPlugins);
    const broken = await cli(['-f', 'json', ...files], dir, [...defaultPlugins, crashing]);
    expect([normal.code, broken.code]).toEqual([1, 2]);
    for (const [i, f] of broken.report.files.entries()) {
      const others = f.diagnostics.filter((d) => !d.ruleId.startsWith('crashing/') && !d.ruleId.startsWith('internal/'));
      expect(others).toEqual(normal.report.files[i].diagnostics);
      expect(f.diagnostics.filter((d) => d.ruleId === 'internal/rule-crash').map((d) => d.message)).toEqual([
        'Rule "crashing/throws" crashed: kaput. Please report this bug; other rules still ran.',
      ]);
      expect(f.diagnostics.filter((d) => d.ruleId === 'crashing/status')).toHaveLength(1);
    }
  }, 120_000);

  it('an engine thread that dies is one internal error of that file; the thread is replaced for the next', async () => {
    const dir = project({ 'dies.mjs': 'export function die() { process.exit(3); }\n' });
    const dying: Plugin = {
      name: 'dying',
      rules: [
        {
          name: 'engine',
          meta: { description: 'Report nothing; run an engine that dies.', messages: {} },
          async check(ctx) {
            if (ctx.doc.path.endsWith('openapi-defects.md')) await runInThread(pathToFileURL(join(dir, 'dies.mjs')).href, 'die', null, 10_000);
          },
        },
      ],
      configs: { recommended: { 'dying/engine': 'error' }, strict: {} },
    };
    mkdirSync(join(dir, 'docs'));
    cpSync(join(EXAMPLES, 'defects'), join(dir, 'docs'), { recursive: true });
    const files = ['docs/openapi-defects.md', 'docs/typescript-defects.md'];
    const normal = await cli(['-f', 'json', ...files], dir, defaultPlugins);
    const broken = await cli(['-f', 'json', ...files], dir, [...defaultPlugins, dying]);
    expect(broken.code).toBe(2);
    expect(broken.report.files[0].diagnostics.filter((d) => d.ruleId.startsWith('internal/')).map((d) => d.message)).toEqual([
      'Rule "dying/engine" crashed: the engine thread stopped. Please report this bug; other rules still ran.',
    ]);
    expect(broken.report.files[0].diagnostics.filter((d) => !d.ruleId.startsWith('internal/'))).toEqual(normal.report.files[0].diagnostics);
    // The TypeScript example is compiled in a new engine thread: all its findings are there.
    expect(broken.report.files[1].diagnostics).toEqual(normal.report.files[1].diagnostics);
  }, 120_000);
});
