// Two decisions the CLI makes before it calls check(), mirrored here so that remark reports
// what `design-check` reports. Keep in step with apps/cli/src/project-root.ts and files.ts
// (the parity test fails when they drift); they could move to @design-check/core.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { nameMatches, parseMarkdown } from '@design-check/core';

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

const TEMPLATE_SECTIONS = ['Metadata', 'Context & Goals', 'API Contracts', 'Data Model', 'Behavioral Specifications', 'Security Threat Model', 'Performance Budgets', 'Observability Design', 'Architecture Decisions', 'Open Questions', 'Design Review Checklist'];

interface TextNode {
  type: string;
  value?: string;
  alt?: string;
  children?: TextNode[];
}

// Same result as mdast-util-to-string with its defaults.
function textOf(node: TextNode): string {
  if (typeof node.value === 'string') return node.value;
  if (typeof node.alt === 'string') return node.alt;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * True when markdown is a design document: its title says "Technical Design", or it has at
 * least three of the template's sections (the CLI's test for files found in a folder).
 */
export function looksLikeDesign(text: string): boolean {
  const tree = parseMarkdown(text.slice(0, 400_000)) as unknown as TextNode;
  const headings = (tree.children ?? []).filter((n) => n.type === 'heading').map(textOf);
  if (headings.some((h) => /technical design/i.test(h))) return true;
  return TEMPLATE_SECTIONS.filter((s) => headings.some((h) => nameMatches(h, s))).length >= 3;
}
