import type { CodeBlock, Location } from '@design-check/core';
import { FRAGMENT } from '../outline/walk.js';
import { elide, elisions } from '../outline/elide.js';
import type { Outline, Site } from '../types.js';

/** One proto block as the parse sees it: its outline, its effective package and syntax, what was left out. */
export interface BlockState {
  index: number;
  block: CodeBlock;
  outline: Outline;
  /** The package the block is in: its own, or the document's for a fragment without one. */
  pkg: string;
  /** `proto3`, `proto2` or `edition 2023`: its own, or the document's for a fragment without one. */
  syntax: string;
  /** What is written before the block's text, on its first line, for a fragment: `syntax = "proto3"; package x;`. */
  prefix: string;
  /** The block's text with its elisions, and every definition already reported, blanked out. */
  text: string;
  /** What closes a block of bare rpcs or fields (`}` of the synthetic service or message). */
  suffix: string;
  /** Where the block leaves something out (`...`). */
  elisions: Site[];
  /** The sites blanked out of `text`. */
  blanked: Set<Site>;
  /** Of those, the second definitions of a name (the others were blanked for their number). */
  duplicates: Set<Site>;
  /** Set once the block's syntax error is reported (the parse still keeps what came before it). */
  syntaxError?: boolean;
}

/** The markdown location of an offset of a block. */
export function loc(s: BlockState, offset: number): Location {
  return s.block.offsetToMarkdown(offset);
}

/** True when `a` is the same path as `b`. */
export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The full name of a path of a block (`acme.v1.Order.Item`). */
export function fullName(s: BlockState, path: readonly string[]): string {
  return [s.pkg, ...path.map((p) => (p === FRAGMENT ? fragmentName(s) : p))].filter(Boolean).join('.');
}

/** The name of the synthetic service or message of a block of bare rpcs or fields (one per block). */
export function fragmentName(s: Pick<BlockState, 'index'>): string {
  return `${FRAGMENT}${s.index + 1}`;
}

/** The path of a protobufjs full name within a block's package, or undefined when it is not in it. */
export function pathIn(s: BlockState, name: string): string[] | undefined {
  const n = name.replace(/^\./, '');
  if (!s.pkg) return n ? n.split('.') : [];
  if (n === s.pkg) return [];
  return n.startsWith(`${s.pkg}.`) ? n.slice(s.pkg.length + 1).split('.') : undefined;
}

/** Replace `[start, end)` of a text with spaces, keeping its line breaks (so every offset stays put). */
export function blank(text: string, site: Site): string {
  return text.slice(0, site.start) + text.slice(site.start, site.end).replace(/[^\n]/g, ' ') + text.slice(site.end);
}

/** What the nearest block before `index` that says it gives (else the nearest after it). */
function nearest<T>(outlines: Outline[], index: number, pick: (o: Outline) => T | undefined): T | undefined {
  for (let i = index - 1; i >= 0; i--) if (pick(outlines[i]) !== undefined) return pick(outlines[i]);
  for (let i = index + 1; i < outlines.length; i++) if (pick(outlines[i]) !== undefined) return pick(outlines[i]);
  return undefined;
}

/**
 * Initial states: a fragment without `syntax` or `package` continues the nearest block before it
 * that has them (or, at the top of the document, the nearest after it); proto3 by default.
 */
export function initialStates(blocks: CodeBlock[], outlines: Outline[]): BlockState[] {
  return blocks.map((block, index) => {
    const o = outlines[index];
    const syntax = o.syntax?.value ?? nearest(outlines, index, (x) => x.syntax?.value) ?? 'proto3';
    const pkg = o.package?.name ?? nearest(outlines, index, (x) => x.package?.name) ?? '';
    const head = o.syntax ? '' : syntax.startsWith('edition ') ? `edition = "${syntax.slice(8)}"; ` : `syntax = "${syntax}"; `;
    // A block of bare rpcs or fields is read inside a service or message of its own.
    const wrap = o.fragment && o.decls.length === 0 ? `${o.fragment} ${fragmentName({ index })} { ` : '';
    const prefix = head + (o.package || !pkg ? '' : `package ${pkg}; `) + wrap;
    const text = elide(block.value);
    return { index, block, outline: o, pkg, syntax, prefix, text, suffix: wrap ? '\n}' : '', elisions: elisions(block.value), blanked: new Set<Site>(), duplicates: new Set<Site>() };
  });
}

/** How a message is named in a finding: its path, or for bare fields, the block's fields. */
export function shownOwner(path: readonly string[]): string {
  return path[0] === FRAGMENT ? 'the fields of this block' : path.join('.');
}

/** How a field is named in a finding: `Order.id`, or `id` for a bare field. */
export function shownField(path: readonly string[], name: string): string {
  return path[0] === FRAGMENT ? name : [...path, name].join('.');
}
