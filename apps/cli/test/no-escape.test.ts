import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, REPO } from './helpers.js';

const PRELOAD = fileURLToPath(new URL('./sandbox/no-escape.mjs', import.meta.url));

interface Attempt {
  kind: string;
  what: string;
  thread: string;
}

/** Run node under the preload that refuses the network and reads outside `root`; the attempts it refused. */
function sandboxed(args: string[], root: string, cwd = root) {
  const folder = mkdtempSync(join(tmpdir(), 'dc-sandbox-log-'));
  const log = join(folder, 'attempts.jsonl');
  const cache = join(folder, 'compile-cache');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SANDBOX_ROOT: realpathSync(root), SANDBOX_INSTALL: REPO, SANDBOX_LOG: log, DESIGN_CHECK_COMPILE_CACHE: cache, SANDBOX_CACHE: realpathSync(folder) + '/compile-cache' },
  });
  const attempts = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Attempt);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, attempts };
}

/** Secrets outside the project: anything that reads them fails the test. */
function outsideFolder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dc-outside-')));
  writeFileSync(join(dir, 'secret.yaml'), 'type: object\nproperties: {token: {type: string, example: hunter2}}\n');
  writeFileSync(join(dir, 'OUTCOME-CONTRACT.md'), '# Contract\n\n## Acceptance Criteria\n\n1. A secret criterion.\n');
  writeFileSync(join(dir, 'notes.md'), '# Secret notes\n');
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'TECHNICAL-DESIGN.md'), readFileSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md')));
  return dir;
}

/** The lines (1-based) of `text` that contain `needle`, in order. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not in the hostile design: ${needle}`);
  return i + 1;
}

/**
 * The refund-service example, made to tempt every plugin: links, images, $refs, TypeScript
 * references and imports, runbooks and the Outcome Contract pointing out of the project by every
 * route (`../`, absolute, `~`, `file://`, URLs, symbolic links).
 */
function hostileDesign(): string {
  const base = readFileSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'), 'utf8');
  return base
    .replace(
      '### 3.1 Refunds API\n',
      [
        '### 3.1 Refunds API',
        '',
        'Background: [hosts](../../../../../../../etc/hosts), [key](~/.ssh/id_rsa), [shadow](file:///etc/shadow),',
        '[notes](./notes-out.md), ![diagram](../../../../../../../etc/diagram.png) and [wiki](https://wiki.example.com/refunds).',
        '',
        '```yaml',
        'components:',
        '  schemas:',
        "    RemoteSchema: {$ref: 'https://schemas.example.com/refund.json'}",
        "    NetworkPath: {$ref: '//schemas.example.com/refund.json'}",
        "    FileUrl: {$ref: 'file:///etc/passwd'}",
        "    AbsolutePath: {$ref: '/etc/passwd'}",
        "    UpAndOut: {$ref: '../../../../../../../etc/hosts'}",
        "    HomePath: {$ref: '~/.ssh/config'}",
        "    LinkedOut: {$ref: './schemas/linked-out.yaml'}",
        '```',
        '',
      ].join('\n'),
    )
    .replace(
      '## 6. Behavioral Specifications\n',
      [
        '```ts',
        '/// <reference path="/etc/passwd" />',
        '/// <reference path="../../../../../../../etc/hosts" />',
        '/// <reference types="node" />',
        "import type { Secret } from '/etc/passwd';",
        "import type { Key } from '~/.ssh/id_rsa';",
        "import type { Remote } from 'https://evil.example.com/types.ts';",
        "import type { Local } from 'file:///etc/shadow';",
        'export type Leak = Secret | Key | Remote | Local;',
        '```',
        '',
        '## 6. Behavioral Specifications',
        '',
      ].join('\n'),
    )
    .replace('[RB-REF-04](https://runbooks.example.com/refunds#unknown)', '[RB-REF-04](file:///srv/runbooks/refunds.md)');
}

/** A second design whose Outcome Contract is a path written as text, out of the project. */
function textContractDesign(): string {
  const base = readFileSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'), 'utf8');
  return base.replace('| **Outcome contract** | [OUTCOME-CONTRACT.md](./OUTCOME-CONTRACT.md) |', '| **Outcome contract** | ../../../../../../../etc/OUTCOME-CONTRACT.md |');
}

describe('never fetched, never escaped: the CLI under a preload that refuses the network and reads outside the project root', () => {
  let outside: string;
  let root: string;
  let design: string;
  let other: string;

  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`build the CLI first: ${BIN} is missing`);
    outside = outsideFolder();
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dc-hostile-')));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'docs/refunds/schemas'), { recursive: true });
    mkdirSync(join(root, 'docs/other'), { recursive: true });
    design = hostileDesign();
    other = textContractDesign();
    writeFileSync(join(root, 'docs/refunds/TECHNICAL-DESIGN.md'), design);
    cpSync(join(EXAMPLES, 'refund-service/BRIEF.md'), join(root, 'docs/refunds/BRIEF.md'));
    symlinkSync(join(outside, 'OUTCOME-CONTRACT.md'), join(root, 'docs/refunds/OUTCOME-CONTRACT.md'));
    symlinkSync(join(outside, 'notes.md'), join(root, 'docs/refunds/notes-out.md'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'docs/refunds/schemas/linked-out.yaml'));
    writeFileSync(join(root, 'docs/other/TECHNICAL-DESIGN.md'), other);
    cpSync(join(EXAMPLES, 'refund-service/BRIEF.md'), join(root, 'docs/other/BRIEF.md'));
    // A file and a folder in docs/ that lead out of the project.
    symlinkSync(join(outside, 'notes.md'), join(root, 'docs/evil.md'));
    symlinkSync(join(outside, 'folder'), join(root, 'docs/linked-folder'));
    // Engine configs that extend URLs and files out of the project, or are links out themselves.
    writeFileSync(join(root, '.spectral.yaml'), "extends:\n  - [spectral:oas, recommended]\n  - https://rulesets.example.com/strict.yaml\n  - /etc/ruleset.yaml\n  - ../../../../../../../etc/ruleset.yaml\n");
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'redocly.yaml'));
  });

  it('checks every plugin\'s tempting references without one network call, child process or read outside the root; each is reported on its line', () => {
    const r = sandboxed([BIN, '--format', 'json', 'docs'], root);
    expect(r.attempts).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ ruleId: string; source?: string; line: number; message: string }> }> };
    const found = (path: string) => report.files.find((f) => f.path === path)?.diagnostics ?? [];
    const at = (path: string, text: string, needle: string) =>
      found(path)
        .filter((d) => d.line === lineOf(text, needle))
        .map((d) => d.source ?? d.ruleId);
    expect(report.files.map((f) => f.path).sort()).toEqual(['docs/evil.md', 'docs/other/TECHNICAL-DESIGN.md', 'docs/refunds/OUTCOME-CONTRACT.md', 'docs/refunds/TECHNICAL-DESIGN.md']);
    // A markdown file that is a link out of the project is reported, not read; the linked folder is not listed.
    expect(found('docs/evil.md').map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:input/outside-root']);
    expect(found('docs/refunds/OUTCOME-CONTRACT.md').map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:input/outside-root']);

    const doc = 'docs/refunds/TECHNICAL-DESIGN.md';
    const links = found(doc).filter((d) => d.line === lineOf(design, 'Background: [hosts]') || d.line === lineOf(design, '[notes](./notes-out.md)'));
    expect(links.map((d) => `${d.ruleId} ${d.message.split(' that ')[0]}`)).toEqual([
      'structure/local-links Unexpected link "../../../../../../../etc/hosts"',
      'structure/local-links Unexpected link "~/.ssh/id_rsa"',
      'structure/local-links Unexpected link "file:///etc/shadow"',
      'structure/local-links Unexpected link "./notes-out.md"',
      'structure/local-links Unexpected link "../../../../../../../etc/diagram.png"',
    ]);
    // The Outcome Contract is a link out of the project: reported, its criteria never read.
    expect(at(doc, design, '| **Outcome contract** |')).toEqual(['structure/local-links']);
    for (const ref of ["'https://schemas.example.com/refund.json'", "'//schemas.example.com/refund.json'", "'file:///etc/passwd'"]) {
      expect(at(doc, design, ref).filter((id) => id === 'openapi/external-ref')).toEqual(['openapi/external-ref']);
    }
    for (const ref of ["'/etc/passwd'}", "'../../../../../../../etc/hosts'}", "'~/.ssh/config'}", "'./schemas/linked-out.yaml'}"]) {
      expect(at(doc, design, ref).filter((id) => id === 'openapi/external-ref')).toEqual(['openapi/external-ref']);
    }
    expect(at(doc, design, '/// <reference path="/etc/passwd" />')).toEqual(['typescript:TS6231']);
    expect(at(doc, design, '/// <reference path="../../../../../../../etc/hosts" />')).toEqual(['typescript:TS6231']);
    expect(at(doc, design, '/// <reference types="node" />')).toEqual(['typescript:TS2688']);
    for (const imp of ["from '/etc/passwd'", "from '~/.ssh/id_rsa'", "from 'https://evil.example.com/types.ts'", "from 'file:///etc/shadow'"]) {
      expect(at(doc, design, imp)).toEqual(['typescript:TS2307']);
    }
    expect(at(doc, design, '[RB-REF-04](file:///srv/runbooks/refunds.md)')).toEqual(['structure/local-links']);
    // The engine configs: URLs and files out of the root refused, a config that links out not read.
    const configIssues = found(doc)
      .filter((d) => /config/.test(d.message) && /^openapi\/(spectral|redocly)$/.test(d.ruleId))
      .map((d) => d.message);
    expect(configIssues).toEqual([
      "Redocly config redocly.yaml: the config is a symbolic link to a file outside the project root and is not read",
      "Spectral config .spectral.yaml: extends of a URL ('https://rulesets.example.com/strict.yaml') is refused: design-check never fetches rulesets; copy the rules into the project",
      "Spectral config .spectral.yaml: extends '/etc/ruleset.yaml' lies outside the project root and is not read",
      "Spectral config .spectral.yaml: extends '../../../../../../../etc/ruleset.yaml' lies outside the project root and is not read",
    ]);
    // Nothing of the secrets reached the report.
    expect(r.stdout).not.toMatch(/hunter2|secret criterion|Secret notes/);

    const second = 'docs/other/TECHNICAL-DESIGN.md';
    expect(at(second, other, '| **Outcome contract** |')).toEqual(['gherkin/criterion-exists']);
  }, 180_000);

  it('routes out of the project that the first design does not take: each reported on its line or not resolved, nothing read outside, nothing fetched', () => {
    const out = realpathSync(mkdtempSync(join(tmpdir(), 'dc-outside-')));
    writeFileSync(join(out, 'secret.yaml'), 'type: object\nproperties: {token: {type: string, example: hunter3}}\n');
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dc-hostile-')));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs/schemas'), { recursive: true });
    const base = readFileSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'), 'utf8');
    const text = base
      .replace(
        '### 3.1 Refunds API\n',
        [
          '### 3.1 Refunds API',
          '',
          'See the [legacy spec][legacy], <file:///etc/passwd> and [encoded](%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts).',
          '',
          '[legacy]: /etc/passwd',
          '',
          '```json',
          '{"components": {"schemas": {"JsonAbsolute": {"$ref": "/etc/shadow"}, "Inner": {"$ref": "./schemas/inner.yaml"}}}}',
          '```',
          '',
          '```yaml',
          'components:',
          '  schemas:',
          "    Traverse: {$ref: './schemas/../../../../../../../etc/hosts#/x'}",
          "    OneSlash: {$ref: 'file:/etc/passwd'}",
          "    Drive: {$ref: 'C:/Windows/win.ini'}",
          '```',
          '',
        ].join('\n'),
      )
      .replace(
        '## 6. Behavioral Specifications\n',
        [
          '```ts',
          "import secret = require('/etc/passwd');",
          "export type Hosts = typeof import('../../../../../../../etc/hosts');",
          'export type S = typeof secret;',
          '```',
          '',
          '```proto',
          'syntax = "proto3";',
          'import "/etc/passwd";',
          'import "../../../../../../../etc/hosts.proto";',
          'message RefundAudit { string refund_id = 1; }',
          '```',
          '',
          '```graphql',
          'extend schema @link(url: "file:///etc/passwd", import: ["@key"])',
          'type RefundAudit { refundId: ID! }',
          '```',
          '',
          '## 6. Behavioral Specifications',
          '',
        ].join('\n'),
      )
      .replace('| **Outcome contract** | [OUTCOME-CONTRACT.md](./OUTCOME-CONTRACT.md) |', '| **Outcome contract** | [contract](file:///etc/OUTCOME-CONTRACT.md) |')
      .replace('[RB-REF-04](https://runbooks.example.com/refunds#unknown)', '[RB-REF-04](~/runbooks/refunds.md)');
    writeFileSync(join(dir, 'docs/TECHNICAL-DESIGN.md'), text);
    cpSync(join(EXAMPLES, 'refund-service/BRIEF.md'), join(dir, 'docs/BRIEF.md'));
    // A file inside the project whose own $refs lead out of it, by path and by a link.
    writeFileSync(join(dir, 'docs/schemas/inner.yaml'), `type: object\nproperties:\n  leak: {$ref: '${join(out, 'secret.yaml')}'}\n  linked: {$ref: './linked.yaml'}\n`);
    symlinkSync(join(out, 'secret.yaml'), join(dir, 'docs/schemas/linked.yaml'));
    const r = sandboxed([BIN, '--format', 'json', 'docs/TECHNICAL-DESIGN.md'], dir);
    expect(r.attempts).toEqual([]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const found = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; source?: string; line: number; message: string }> }> }).files[0].diagnostics;
    const at = (needle: string) => found.filter((d) => d.line === lineOf(text, needle)).map((d) => d.source ?? d.ruleId);
    expect(at('See the [legacy spec]')).toEqual(['structure/local-links', 'structure/local-links']);
    expect(found.filter((d) => d.line === lineOf(text, 'See the [legacy spec]')).map((d) => d.message.split(' that ')[0])).toEqual([
      'Unexpected link "file:///etc/passwd"',
      'Unexpected link "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"',
    ]);
    // An absolute link is read from the project root, as a rendered repository does: not there.
    expect(found.filter((d) => d.line === lineOf(text, '[legacy]: /etc/passwd')).map((d) => d.message)).toEqual(['Unexpected link "/etc/passwd": no file at etc/passwd; fix the path or add the file']);
    expect(at('"JsonAbsolute"')).toEqual(['openapi/external-ref', 'redocly:no-unresolved-refs', 'redocly:no-unresolved-refs']);
    expect(found.filter((d) => d.source === 'redocly:no-unresolved-refs').map((d) => d.message.replace(/\$ref '.*'$/, "$ref '…'"))).toEqual([
      "docs/schemas/inner.yaml:3:3: Can't resolve $ref: design-check does not read external $ref '…'",
      "docs/schemas/inner.yaml:4:3: Can't resolve $ref: design-check does not read external $ref '…'",
    ]);
    for (const needle of ['Traverse:', 'OneSlash:', 'Drive:']) expect(at(needle)).toEqual(['openapi/external-ref']);
    expect(at("import secret = require('/etc/passwd');")).toEqual(['typescript:TS1202', 'typescript:TS2307']);
    expect(at("typeof import('../../../../../../../etc/hosts')")).toEqual(['typescript:TS2307']);
    expect(at('import "/etc/passwd";')).toEqual(['proto/syntax']);
    expect(at('import "../../../../../../../etc/hosts.proto";')).toEqual(['proto/syntax']);
    // A GraphQL @link names a specification by URL; nothing is fetched, and it is no defect of the schema.
    expect(at('extend schema @link')).toEqual([]);
    expect(at('| **Outcome contract** |')).toEqual(['structure/local-links']);
    expect(at('[RB-REF-04](~/runbooks/refunds.md)')).toEqual(['structure/local-links']);
    expect(found).toHaveLength(16);
    expect(r.stdout).not.toMatch(/hunter3/);
  }, 180_000);

  it('a config that extends a URL stops the run as a config error, fetching nothing', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dc-hostile-config-')));
    mkdirSync(join(dir, '.git'));
    cpSync(join(EXAMPLES, 'refund-service'), join(dir, 'refunds'), { recursive: true });
    writeFileSync(join(dir, 'design-check.config.yaml'), 'extends: [recommended, "https://configs.example.com/design-check.json"]\n');
    const r = sandboxed([BIN, 'refunds/TECHNICAL-DESIGN.md'], dir);
    expect(r.attempts).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^design-check: config error: ${join(dir, 'design-check.config.yaml').replace(/[.*+?^$()|[\]\\]/g, '\\$&')}: unknown preset "https://configs\\.example\\.com/design-check\\.json" in extends`));
  }, 120_000);

  it('the preload refuses what it should, in the main thread and in design-check\'s engine thread (control)', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dc-control-')));
    const secret = join(outsideFolder(), 'secret.yaml');
    writeFileSync(join(dir, 'reader.mjs'), "import { readFileSync } from 'node:fs';\nexport const read = (path) => readFileSync(path, 'utf8');\n");
    const core = pathToFileURL(join(REPO, 'packages/core/dist/index.js')).href;
    const script = [
      `import { runInThread } from ${JSON.stringify(core)};`,
      "import { readFileSync } from 'node:fs';",
      `try { readFileSync(${JSON.stringify(secret)}); } catch {}`,
      "await fetch('https://example.com/').catch(() => {});",
      "await import('node:child_process').then((c) => c.execSync('true')).catch(() => {});",
      `await runInThread(${JSON.stringify(pathToFileURL(join(dir, 'reader.mjs')).href)}, 'read', ${JSON.stringify(secret)}, 10000).catch(() => {});`,
    ].join('\n');
    const r = sandboxed(['--input-type=module', '-e', script], dir);
    expect(r.attempts.map((a) => `${a.thread} ${a.kind} ${a.what.split(' ')[0]}`)).toEqual([
      'main read fs.readFileSync',
      'main network globalThis.fetch',
      'main process child_process.execSync',
      'worker read fs.readFileSync',
    ]);
  }, 120_000);
});
