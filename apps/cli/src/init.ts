import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { CliIO } from './main.js';

/** Today's date as YYYY-MM-DD in local time. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The template with Status draft and today's Created date filled in. Links to a brief or an
 * outcome contract that is not beside the new file become placeholders, and the example
 * OpenAPI fragment is made valid, so that only placeholders are left to report.
 */
export function newDesign(date = today(), besides: (name: string) => boolean = () => false): string {
  const template = readFileSync(new URL('../templates/technical-design.md', import.meta.url), 'utf8');
  return template
    .replace(/\[(BRIEF\.md|OUTCOME-CONTRACT\.md)\]\(\.\/\1\)/g, (link, name: string) => (besides(name) ? link : `_(link to ${name})_`))
    .replace('openapi: 3.0.3\npaths:', 'openapi: 3.0.3\ntags:\n  - name: example\n    description: "[Description]"\npaths:')
    .replace('      operationId: createExample\n', '      operationId: createExample\n      description: "[Description]"\n      tags: [example]\n')
    .replace(/properties:\n(\s+)# Define (request|response) shape/g, 'properties: {}\n$1# Define $2 shape')
    .replace(/^\| \*\*Status\*\* \|.*$/m, '| **Status** | draft |')
    .replace(/^\| \*\*Created\*\* \| YYYY-MM-DD \|$/m, `| **Created** | ${date} |`)
    .replace(/^\| \*\*Approved\*\* \| YYYY-MM-DD \|$/m, '| **Approved** | — |');
}

/** `design-check init [file]`: write a new design document, never over an existing file. */
export async function runInit(file: string, io: CliIO): Promise<number> {
  const abs = resolve(io.cwd, file);
  if (existsSync(abs)) {
    io.stderr(`design-check: ${relative(io.cwd, abs)} already exists; choose another file name (design-check init docs/my-design.md).\n`);
    return 2;
  }
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, newDesign(today(), (name) => existsSync(resolve(dirname(abs), name))), { flag: 'wx' });
  io.stdout(`Wrote ${relative(io.cwd, abs)}. Fill in the placeholders, then run: design-check ${relative(io.cwd, abs)}\n`);
  return 0;
}
