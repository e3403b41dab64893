import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintWithRule, RuleTester } from '@design-check/core';
import { localLinks } from './local-links.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../__fixtures__/local-links');
const path = join(root, 'design.md');
const doc = (body: string) => `## 1. Metadata\n\n| Field | Value |\n|---|---|\n${body}\n\n## 2. Context & Goals\n\nWhy.\n`;

new RuleTester({ plugin: 'structure', projectRoot: root }).run(localLinks, {
  valid: [
    {
      name: 'files, anchors, anchors in other files, directories, definitions',
      path,
      code: [
        doc('| **Mission brief** | [BRIEF.md](./BRIEF.md) |'),
        'See [the brief](BRIEF.md?plain=1), [goals](#2-context--goals), [metadata](#1-metadata),',
        '[rollback](./docs/rollout.md#rollback-plan), [beta](docs/rollout.md#phase-1-beta), [decisions](./decisions/) and [ADR][adr].',
        '',
        '![Context diagram](./docs/context.svg) ![Status](https://img.example.com/badge.svg)',
        '',
        '[adr]: ./decisions/ADR-0147.md',
      ].join('\n'),
    },
    {
      name: 'remote links are never fetched; code is not links',
      path,
      code: 'See [spec](https://git.example.com/x.md#nope), <mailto:sre@example.com>, `[x](./missing.md)`.\n\n```md\n[y](./missing.md)\n```\n',
    },
    { name: 'anchor case does not matter', path, code: doc('| x | y |') + '\n[Goals](#2-Context--Goals)\n' },
  ],
  invalid: [
    {
      name: 'missing file',
      path,
      code: doc('| **Outcome contract** | [OUTCOME-CONTRACT.md](./OUTCOME-CONTRACT.md) |'),
      errors: [{ messageId: 'missingFile', data: { url: './OUTCOME-CONTRACT.md', target: 'OUTCOME-CONTRACT.md' }, line: 5, column: 26, endLine: 5, endColumn: 70 }],
    },
    {
      name: 'a link that leaves the project root',
      path,
      code: 'Policy: [architecture policy](../../../../../../policy/architecture.md).\n',
      errors: [{ messageId: 'outsideRoot', data: { url: '../../../../../../policy/architecture.md' }, line: 1, column: 9 }],
    },
    {
      name: 'a file: URL, a home path and an absolute path out of the root through ..',
      path,
      code: 'Keys: [a](file:///etc/shadow), [b](~/.ssh/id_rsa), [c](/../../etc/hosts).\n',
      errors: [
        { messageId: 'outsideRoot', data: { url: 'file:///etc/shadow' }, line: 1, column: 7 },
        { messageId: 'outsideRoot', data: { url: '~/.ssh/id_rsa' }, line: 1, column: 32 },
        { messageId: 'outsideRoot', data: { url: '/../../etc/hosts' }, line: 1, column: 52 },
      ],
    },
    {
      name: 'unknown anchor in this document',
      path,
      code: doc('| x | y |') + '\nSee [threats](#7-security-threat-model).\n',
      errors: [{ messageId: 'missingAnchor', data: { url: '#7-security-threat-model', anchor: '7-security-threat-model' }, line: 11, column: 5 }],
    },
    {
      name: 'unknown anchor in another file',
      path,
      code: 'See [rollback](./docs/rollout.md#rollback).\n',
      errors: [{ messageId: 'missingAnchorInFile', data: { url: './docs/rollout.md#rollback', target: 'docs/rollout.md', anchor: 'rollback' }, line: 1, column: 5 }],
    },
    {
      name: 'a missing image',
      path,
      code: 'Components:\n\n![Context diagram](./docs/contxt.svg)\n',
      errors: [{ messageId: 'missingFile', data: { url: './docs/contxt.svg', target: 'docs/contxt.svg' }, line: 3, column: 1, endLine: 3, endColumn: 38 }],
    },
    {
      name: 'a broken link definition',
      path,
      code: 'Decision in [ADR-0148][adr].\n\n[adr]: ./decisions/ADR-0148.md\n',
      errors: [{ messageId: 'missingFile', data: { url: './decisions/ADR-0148.md', target: 'decisions/ADR-0148.md' }, line: 3, column: 1 }],
    },
  ],
});

describe('structure/local-links and symlinks', () => {
  it('reports a symlink inside the root that leads outside it, without reading it', async () => {
    const base = mkdtempSync(join(tmpdir(), 'design-check-links-'));
    try {
      const project = join(base, 'project');
      mkdirSync(project);
      writeFileSync(join(base, 'secret.md'), '# Secret\n');
      symlinkSync(join(base, 'secret.md'), join(project, 'notes.md'));
      const found = await lintWithRule(localLinks, 'See [notes](./notes.md#secret).\n', undefined, {
        plugin: 'structure',
        path: join(project, 'design.md'),
        projectRoot: project,
      });
      expect(found.map((d) => [d.messageId, d.line, d.column])).toEqual([['outsideRoot', 1, 5]]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
  it('names a symbolic link loop as such, not as a missing file', async () => {
    const project = mkdtempSync(join(tmpdir(), 'design-check-links-'));
    try {
      symlinkSync(join(project, 'b.md'), join(project, 'a.md'));
      symlinkSync(join(project, 'a.md'), join(project, 'b.md'));
      const found = await lintWithRule(localLinks, 'Intro.\n\nSee [the notes](./a.md#intro) and [c](./c.md).\n', undefined, {
        plugin: 'structure',
        path: join(project, 'design.md'),
        projectRoot: project,
      });
      expect(found.map((d) => [d.messageId, d.line, d.column, d.message])).toEqual([
        ['linkLoop', 3, 5, 'Unexpected link "./a.md#intro": a.md is a symbolic link that leads round in a loop; point it at a file, or link to the file itself'],
        ['missingFile', 3, 35, 'Unexpected link "./c.md": no file at c.md; fix the path or add the file'],
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
