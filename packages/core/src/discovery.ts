import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { headingNames, TEMPLATE_SECTIONS } from './template.js';

/**
 * Headings outside fenced code, ATX (`## x`) and setext (`x` over `===`/`---`), read line by
 * line: this runs on every markdown file found in a folder, so it does not parse.
 */
export function scanHeadings(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      out.push(atx[1]);
      continue;
    }
    const next = lines[i + 1] ?? '';
    const prev = lines[i - 1] ?? '';
    if (/^\s{0,3}(=+|-+)\s*$/.test(next) && line.trim() && !line.includes('|') && !/^\s*([-*+>]|\d+[.)])\s/.test(line) && !prev.trim()) {
      out.push(line.trim());
    }
  }
  return out;
}

/**
 * True when markdown is a design document: a heading says "Technical Design", or it has at
 * least three of the template's sections. Files found in folders are checked only then.
 */
export function looksLikeDesign(text: string): boolean {
  const found = scanHeadings(text);
  if (found.some((h) => /technical design/i.test(h))) return true;
  return TEMPLATE_SECTIONS.filter((s) => found.some((h) => headingNames(h, s))).length >= 3;
}

/**
 * The folder that a document's file references may not leave: the enclosing git work tree,
 * else `cwd` when the document is inside it, else the document's own folder.
 */
export function projectRootFor(file: string, cwd: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(`${dir}${sep}.git`)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const rel = relative(cwd, resolve(file));
  return rel.startsWith('..') ? dirname(resolve(file)) : cwd;
}
