import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, cleanProject, run } from './helpers.js';

// Hostile designs built from the clean refund-service example, each in a shape that the other
// hostile tests do not use: what each gives, through the built CLI, and how fast.

const CLEAN = 'refund-service/TECHNICAL-DESIGN.md';
const base = readFileSync(join(EXAMPLES, CLEAN), 'utf8');

interface Finding {
  ruleId: string;
  source?: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

/** The findings of each file of a JSON report, as `path line:column severity id`. */
function brief(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Finding[] }> };
  return report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.line}:${d.column} ${d.severity} ${d.source ?? d.ruleId}`));
}

/** 1-based number of the first line of `text` for which `test` holds. */
function lineWhere(text: string, test: (line: string) => boolean): number {
  const i = text.split('\n').findIndex(test);
  if (i < 0) throw new Error('no such line in the hostile design');
  return i + 1;
}

/** The clean design with `body` as a new subsection of its Data Model. */
const withSection = (body: string) => base.replace('\n### 4.2 Entity Relationships', `\n### 4.1a Appendix\n\n${body}\n\n### 4.2 Entity Relationships`);

/** Run the CLI on one design written into a fresh copy of the clean example; the report and the time it took. */
function checkDesign(text: string | Buffer, args: string[] = []) {
  const dir = cleanProject();
  writeFileSync(join(dir, CLEAN), text);
  const start = Date.now();
  const r = run(['-f', 'json', ...args, CLEAN], { cwd: dir, timeout: 60_000 });
  return { ...r, ms: Date.now() - start, dir };
}

describe('hostile designs the other tests do not use', () => {
  it('a billion-laughs fragment (10 levels of 9 aliases) is one yaml-syntax finding at its first alias; the other fragments are checked', () => {
    const levels = ['  x-lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) levels.push(`  x-lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const text = withSection(['```yaml', 'components:', ...levels, '```'].join('\n'));
    const r = checkDesign(text);
    const line = lineWhere(text, (l) => l.startsWith('  x-lol1:'));
    expect([r.code, brief(r.stdout)]).toEqual([1, [`${CLEAN} ${line}:16 error openapi/yaml-syntax`]]);
    expect(r.ms).toBeLessThan(30_000);
  }, 60_000);

  // Each about 90 KB of nesting in an otherwise clean design: refused at once, on the first line 64 deep.
  const nested: Array<[string, string, (line: string) => boolean]> = [
    ['one line of 22 000 "> - "', `${'> - '.repeat(22_000)}deep`, (l) => l.startsWith('> - > - ')],
    ['one line of 90 000 ">"', `${'>'.repeat(90_000)} deep`, (l) => l.startsWith('>>>>')],
    [
      'lines of quotes, then a list, then numbered lists, deeper and shallower in turn',
      Array.from({ length: 1100 }, (_, i) => `${'> '.repeat(i % 60)}- ${'1. '.repeat(i % 40)}item ${i}`).join('\n'),
      (l) => l.endsWith('item 32'),
    ],
    ['fences in list items in quotes, each quoted one level deeper', Array.from({ length: 299 }, (_, k) => `> - ~~~~yaml\n${'> '.repeat(k + 1)}a: 1`).join('\n'), (l) => l === `${'> '.repeat(64)}a: 1`],
  ];
  for (const [name, body, first] of nested) {
    it(`90 KB of nesting (${name}) answers within seconds with one input/parse-error on the first line 64 deep`, () => {
      const text = withSection(body);
      expect(text.length).toBeGreaterThan(90_000);
      const r = checkDesign(text);
      expect([r.code, brief(r.stdout)]).toEqual([1, [`${CLEAN} ${lineWhere(text, first)}:1 error input/parse-error`]]);
      expect(r.ms).toBeLessThan(10_000);
    }, 60_000);
  }

  it('a NUL byte inside a code block is one input/not-text at its place; nothing is parsed', () => {
    const text = base.replace('export interface', 'export\u0000interface');
    const line = lineWhere(text, (l) => l.includes('\u0000'));
    const column = text.split('\n')[line - 1].indexOf('\u0000') + 1;
    const r = checkDesign(text);
    expect([r.code, brief(r.stdout)]).toEqual([1, [`${CLEAN} ${line}:${column} error input/not-text`]]);
  });

  it('a design saved whole in Latin-1 is checked in full, with one warning at its first accented letter', () => {
    // As an editor saving in Latin-1 writes it: what Latin-1 cannot hold (arrows, dashes) written in ASCII first.
    const text = base.replace('# Technical Design: Self-Service Refunds', '# Technical Design: Self-Service Refunds (façade, réseau, Müller)').replace(/[^\u0000-\u00ff]/g, '-');
    const bytes = Buffer.from(text, 'latin1');
    const r = checkDesign(bytes);
    expect([r.code, brief(r.stdout)]).toEqual([0, [`${CLEAN} 1:45 warning input/bad-encoding`]]);
  });

  it('a 25 MB design is one input/too-large, as a file (its size) and on stdin (read no further than the limit)', () => {
    const chunk = '\n### Reconciliation run\n\n| Day | Refunds | Mismatches |\n|---|---|---|\n| 1 | 7 | 0 |\n';
    const big = base + chunk.repeat(Math.ceil((25 * 1024 * 1024 - base.length) / chunk.length));
    const size = Buffer.byteLength(big);
    const file = checkDesign(big);
    expect(file.code).toBe(1);
    expect((JSON.parse(file.stdout).files[0].diagnostics as Finding[]).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      `1:1 input/too-large The document is ${(size / 1024 / 1024).toFixed(1)} MiB (${size} bytes), over the limit of 20 MiB; split it into one design per mission, or raise the limit (--max-file-size).`,
    ]);
    expect(file.ms).toBeLessThan(10_000);
    const stdin = spawnSync(process.execPath, [BIN, '-f', 'json', '-', '--stdin-filename', CLEAN], { cwd: file.dir, input: big, encoding: 'utf8', timeout: 60_000 });
    expect(stdin.status).toBe(1);
    expect((JSON.parse(stdin.stdout).files[0].diagnostics as Finding[]).map((d) => d.message)).toEqual([
      'The document is larger than the limit of 20 MiB (it was read no further); split it into one design per mission, or raise the limit (--max-file-size).',
    ]);
  }, 60_000);

  it('symbolic link loops (files, a folder, a link and a $ref) are each reported or unresolved, and the run ends', () => {
    const dir = cleanProject();
    const docs = join(dir, 'refund-service');
    symlinkSync('b.md', join(docs, 'a.md'));
    symlinkSync('a.md', join(docs, 'b.md'));
    symlinkSync('.', join(docs, 'self'));
    symlinkSync('..', join(docs, 'up'));
    mkdirSync(join(docs, 'schemas'));
    symlinkSync('loop.yaml', join(docs, 'schemas/loop.yaml'));
    const text = base
      .replace('## 4. Data Model\n', '## 4. Data Model\n\nThe history is in [the archive](./a.md).\n')
      .replace("        amount: {$ref: '#/components/schemas/Money'}\n        reason:", "        amount: {$ref: './schemas/loop.yaml'}\n        reason:");
    writeFileSync(join(docs, 'TECHNICAL-DESIGN.md'), text);
    cpSync(join(EXAMPLES, 'refund-service/OUTCOME-CONTRACT.md'), join(docs, 'OUTCOME-CONTRACT.md'));
    const start = Date.now();
    const r = run(['-f', 'json', '.'], { cwd: dir, timeout: 60_000 });
    expect(Date.now() - start).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(brief(r.stdout)).toEqual([
      `${CLEAN} ${lineWhere(text, (l) => l.includes("'./schemas/loop.yaml'"))}:18 error openapi/unresolved-ref`,
      `${CLEAN} ${lineWhere(text, (l) => l.includes('[the archive]'))}:19 error structure/local-links`,
      'refund-service/a.md 1:1 error input/unreadable',
      'refund-service/b.md 1:1 error input/unreadable',
    ]);
  }, 60_000);

  it('a rule of a plugin named in the project\'s config that throws is one internal/rule-crash per file; every other finding is kept; exit 2', () => {
    const dir = cleanProject();
    cpSync(join(EXAMPLES, 'defects'), join(dir, 'defects'), { recursive: true });
    mkdirSync(join(dir, 'plugins'));
    // The plugin's module: its rule reads a section that these designs do not have, and throws.
    writeFileSync(
      join(dir, 'plugins/ownership.mjs'),
      "export default { name: 'ownership', rules: [{ name: 'owner', meta: { description: 'Require an Ownership section.', messages: { here: 'Owned here' } }, check(ctx) { ctx.report({ messageId: 'here', at: ctx.doc.findSection(['Ownership']).heading }); } }], configs: { recommended: { 'ownership/owner': 'error' }, strict: {} } };\n",
    );
    const files = ['defects/openapi-defects.md', 'defects/typescript-defects.md', CLEAN];
    const normal = run(['-f', 'json', ...files], { cwd: dir, timeout: 120_000 });
    writeFileSync(join(dir, 'design-check.config.json'), JSON.stringify({ plugins: ['./plugins/ownership.mjs'], extends: ['recommended', 'plugin:ownership/recommended'] }));
    const broken = run(['-f', 'json', ...files], { cwd: dir, timeout: 120_000 });
    expect([normal.code, broken.code]).toEqual([1, 2]);
    const before = brief(normal.stdout);
    const after = brief(broken.stdout);
    expect(after.filter((f) => !f.endsWith('internal/rule-crash'))).toEqual(before);
    expect(after.filter((f) => f.endsWith('internal/rule-crash'))).toEqual(files.map((f) => `${f} 1:1 error internal/rule-crash`));
    expect(before.length).toBeGreaterThan(10);
  }, 240_000);
  it('a linked outcome contract and a linked file of nested quotes and lists (105 KB each: minutes of parsing) answer within seconds; the contract is reported once, on its Metadata link', () => {
    const dir = cleanProject();
    const nested = `## Acceptance Criteria\n\n${Array.from({ length: 3000 }, (_, i) => `${'> - '.repeat(7)}item ${i}`).join('\n')}\n`;
    writeFileSync(join(dir, 'refund-service/OUTCOME-CONTRACT.md'), nested);
    writeFileSync(join(dir, 'refund-service/NOTES.md'), nested);
    const text = withSection('Open questions are kept in [the notes](./NOTES.md#item-1).');
    writeFileSync(join(dir, CLEAN), text);
    const start = Date.now();
    const r = run(['-f', 'json', CLEAN], { cwd: dir, timeout: 60_000 });
    const line = lineWhere(text, (l) => l.includes('**Outcome contract**'));
    const column = text.split('\n')[line - 1].indexOf('[OUTCOME-CONTRACT.md]') + 1;
    expect([r.code, brief(r.stdout)]).toEqual([1, [`${CLEAN} ${line}:${column} error gherkin/criterion-exists`]]);
    expect(JSON.parse(r.stdout).files[0].diagnostics[0].message).toBe(
      "Unexpected Outcome contract './OUTCOME-CONTRACT.md' that cannot be parsed within design-check's bounds (quotes and lists nested too deep, or a parse past its time budget), expected plain markdown: no criterion number can be checked against it",
    );
    expect(Date.now() - start).toBeLessThan(30_000);
  }, 60_000);
});
