import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { UsageError, makeFolderFor } from './files.js';
import type { CliIO } from './io.js';

/** The file `init` writes when given no name, or a folder. */
export const DEFAULT_NAME = 'TECHNICAL-DESIGN.md';

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

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * `design-check init [file]`: write a new design document, never over an existing file. A name
 * ending in `.md` is the file to write; any other name is a folder (an existing one, or one to
 * create) that gets a TECHNICAL-DESIGN.md, except a name with another extension (`notes.txt`),
 * which is refused: a design is markdown.
 */
export async function runInit(file: string, io: CliIO): Promise<number> {
  const given = resolve(io.cwd, file);
  const folder = /[\\/]$/.test(file) || isFolder(given);
  if (!folder && !MARKDOWN.test(file) && extname(file)) {
    const md = `${file.slice(0, -extname(file).length)}.md`;
    throw new UsageError(`Cannot write the new design to "${file}": a design is a markdown file; name it "${md}", or name a folder (design-check init docs/new-feature) to get a ${DEFAULT_NAME} in it.`, false);
  }
  const abs = folder || !MARKDOWN.test(file) ? join(given, DEFAULT_NAME) : given;
  if (existsSync(abs)) {
    io.stderr(`design-check: ${relative(io.cwd, abs)} already exists; choose another file name (design-check init docs/my-design.md).\n`);
    return 2;
  }
  makeFolderFor(abs, 'the new design to', io.cwd);
  try {
    writeFileSync(abs, newDesign(today(), (name) => existsSync(resolve(dirname(abs), name))), { flag: 'wx' });
  } catch (e) {
    throw new UsageError(`Cannot write the new design to "${relative(io.cwd, abs)}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, false);
  }
  io.stdout(`Wrote ${relative(io.cwd, abs)}. Fill in the placeholders, then run: design-check ${relative(io.cwd, abs)}\n`);
  return 0;
}
