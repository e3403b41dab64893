import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import { EXAMPLES, project } from './helpers.js';

// Every file system look-up made while the plugins check a document, by path.
const touched = new Set<string>();
const restore: Array<() => void> = [];
function spy(target: Record<string, unknown>, names: string[]): void {
  for (const name of names) {
    const original = target[name] as (...args: unknown[]) => unknown;
    target[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
      if (typeof path === 'string') touched.add(resolve(path));
      return original.call(this, path, ...rest);
    };
    restore.push(() => (target[name] = original));
  }
}
spy(fs as unknown as Record<string, unknown>, ['readFileSync', 'existsSync', 'statSync', 'lstatSync', 'realpathSync', 'readdirSync', 'readFile', 'stat']);
spy(fsp as unknown as Record<string, unknown>, ['readFile', 'stat', 'lstat', 'readdir', 'realpath']);
syncBuiltinESMExports();
afterAll(() => {
  for (const r of restore) r();
  syncBuiltinESMExports();
});

/** The refund design with a file $ref, a local runbook link with an anchor, and both engine configs, in a project. */
function linkedProject(): { dir: string; path: string; text: string } {
  const design = fs
    .readFileSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'), 'utf8')
    .replace("reason: {$ref: '#/components/schemas/RefundReason'}\n        note: {type: string, maxLength: 500}", "reason: {$ref: './reasons.yaml#/RefundReason'}\n        note: {type: string, maxLength: 500}")
    .replace('[RB-REF-02](https://runbooks.example.com/refunds#slo-burn)', '[RB-REF-02](./runbooks/refunds.md#slo-burn)');
  const dir = project({
    'refunds/TECHNICAL-DESIGN.md': design,
    'refunds/OUTCOME-CONTRACT.md': fs.readFileSync(join(EXAMPLES, 'refund-service/OUTCOME-CONTRACT.md'), 'utf8'),
    'refunds/BRIEF.md': fs.readFileSync(join(EXAMPLES, 'refund-service/BRIEF.md'), 'utf8'),
    'refunds/reasons.yaml': 'RefundReason: {type: string, enum: [customer_request, duplicate, fraudulent, product_not_received, other]}\n',
    'refunds/runbooks/refunds.md': '# Refunds runbook\n\n## SLO burn\n\nPage the on-call.\n',
    '.spectral.yaml': 'extends: ["spectral:oas"]\n',
    'redocly.yaml': 'extends: [recommended]\n',
  });
  return { dir, path: join(dir, 'refunds/TECHNICAL-DESIGN.md'), text: design };
}

describe('the files a check reads', () => {
  it('are all noted for the cache: every file or folder of the project that a plugin looks at', async () => {
    const { dir, path, text } = linkedProject();
    const reads = new Set<string>();
    touched.clear();
    const result = await check(text, { path, plugins: defaultPlugins, projectRoot: dir, reads });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const looked = [...touched].filter((p) => p.startsWith(`${dir}/`));
    // The check did read what the design links to: the test would prove nothing otherwise.
    expect(looked).toEqual(expect.arrayContaining([join(dir, 'refunds/OUTCOME-CONTRACT.md'), join(dir, 'refunds/reasons.yaml'), join(dir, 'refunds/runbooks/refunds.md'), join(dir, '.spectral.yaml'), join(dir, 'redocly.yaml')]));
    expect(looked.filter((p) => !reads.has(p))).toEqual([]);
  }, 60_000);
});
