import type { Outline } from '../types.js';
import { tokenize, type Token } from './lexer.js';

/**
 * The name of the service or message that a block of bare rpcs or bare fields is read in: a
 * design shows the rpc or the fields it adds to an existing service or message that way.
 */
export const FRAGMENT = '__DesignFragment';

/** The largest field number, what `max` stands for in a `reserved` range. */
export const MAX_FIELD_NUMBER = 536_870_911;

const LABELS = new Set(['optional', 'required', 'repeated']);
const CLOSE: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

const toNumber = (t: Token | undefined, sign = 1): number | undefined => {
  if (!t || t.kind !== 'number') return /^max$/i.test(t?.text ?? '') ? MAX_FIELD_NUMBER : undefined;
  const n = Number(t.text);
  return Number.isFinite(n) ? sign * n : undefined;
};

/**
 * Walk a proto block's tokens and note where each declaration, field, enum value, `reserved`
 * statement and rpc is. This only locates what protobufjs parses: it never judges, and never
 * throws on text it cannot read (it skips to the next `;` or `}`).
 */
export function outline(text: string): Outline {
  const t = tokenize(text);
  const out: Outline = { imports: [], importSites: [], decls: [], fields: [], oneofs: [], enumValues: [], reserved: [], rpcs: [] };
  const at = (k: number) => t[k]?.text;
  const site = (k: number) => ({ start: t[k].start, end: t[k].end });

  /** Past the matching closer of the bracket at `k`. */
  const skipGroup = (k: number): number => {
    const stack = [CLOSE[at(k)!]];
    for (k++; k < t.length && stack.length; k++) {
      if (at(k) === stack[stack.length - 1]) stack.pop();
      else if (CLOSE[at(k)!] && at(k) !== '<') stack.push(CLOSE[at(k)!]);
    }
    return k;
  };
  /** Past the `;` that ends the statement at `k` (or at the `}` that ends its body). */
  const skipStatement = (k: number): number => {
    while (k < t.length && at(k) !== ';' && at(k) !== '}') k = at(k) === '{' || at(k) === '[' || at(k) === '(' ? skipGroup(k) : k + 1;
    return at(k) === ';' ? k + 1 : k;
  };
  const end = (k: number) => t[Math.min(k, t.length) - 1]?.end ?? text.length;

  const field = (k: number, container: string[], extend?: string, oneof?: string): number => {
    const first = k;
    const label = LABELS.has(at(k)!) ? (at(k++) as 'optional' | 'required' | 'repeated') : undefined;
    let map = false;
    let typeK = k;
    if (at(k) === 'map' && at(k + 1) === '<') {
      map = true;
      while (k < t.length && at(k) !== ',' && at(k) !== ';') k++;
      typeK = k + 1;
      while (k < t.length && at(k) !== '>' && at(k) !== ';') k++;
    }
    const nameK = map ? k + 1 : k + 1;
    if (t[typeK]?.kind !== 'ident' || t[nameK]?.kind !== 'ident') return skipStatement(first);
    const sign = at(nameK + 2) === '-' ? -1 : 1;
    const numK = sign < 0 ? nameK + 3 : nameK + 2;
    const stop = skipStatement(nameK);
    const json = t.slice(nameK, stop).findIndex((x) => x.text === 'json_name');
    const jsonName = json >= 0 ? t.slice(nameK + json, stop).find((x) => x.kind === 'string')?.text : undefined;
    out.fields.push({
      start: t[first].start, end: end(stop), container, ...(extend ? { extend } : {}), name: at(nameK)!, nameAt: site(nameK),
      type: at(typeK)!, typeAt: site(typeK), ...(label ? { label } : {}), map, ...(oneof ? { oneof } : {}), ...(jsonName ? { jsonName } : {}),
      ...(at(nameK + 1) === '=' && toNumber(t[numK], sign) !== undefined ? { number: toNumber(t[numK], sign), numberAt: site(numK) } : {}),
    });
    return stop;
  };

  const reserved = (k: number, container: string[]): number => {
    const stop = skipStatement(k);
    const ranges: Array<[number, number]> = [];
    const names: string[] = [];
    for (let j = k + 1; j < stop; j++) {
      if (t[j].kind === 'string') names.push(t[j].text);
      const from = toNumber(t[j]);
      if (from === undefined || t[j].kind !== 'number') continue;
      const to = at(j + 1) === 'to' ? toNumber(t[j + 2]) : from;
      ranges.push([from, to ?? from]);
      if (at(j + 1) === 'to') j += 2;
    }
    out.reserved.push({ start: t[k].start, end: end(stop), container, ranges, names });
    return stop;
  };

  const rpc = (k: number, container: string[]): number => {
    const first = k;
    const stop = (() => {
      let j = k;
      while (j < t.length && at(j) !== ';' && at(j) !== '{' && at(j) !== '}') j = at(j) === '(' ? skipGroup(j) : j + 1;
      return at(j) === '{' ? skipGroup(j) : at(j) === ';' ? j + 1 : j;
    })();
    const types = [];
    for (let j = k + 2; j < stop; j++) {
      if (at(j) !== '(') continue;
      const typeK = at(j + 1) === 'stream' && t[j + 2]?.kind === 'ident' && at(j + 3) === ')' ? j + 2 : j + 1;
      if (t[typeK]?.kind === 'ident') types.push({ type: at(typeK)!, at: site(typeK) });
    }
    if (t[k + 1]?.kind === 'ident') out.rpcs.push({ start: t[first].start, end: end(stop), container, name: at(k + 1)!, nameAt: site(k + 1), request: types[0], response: types[1] });
    return stop;
  };

  /** The body of a file (`scope` null), message, enum, service, oneof or extend, from `k`; returns past its `}`. */
  const body = (k: number, scope: string[], kind: 'file' | 'message' | 'enum' | 'service' | 'oneof' | 'extend', name?: string): number => {
    while (k < t.length) {
      const word = at(k)!;
      // A stray `}` at the top of a file closes nothing: the walk goes on.
      if (word === '}' && kind !== 'file') return k + 1;
      if (word === ';' || word === '}') {
        k++;
        continue;
      }
      if ((word === 'message' || word === 'enum' || word === 'service') && t[k + 1]?.kind === 'ident' && at(k + 2) === '{' && kind !== 'enum') {
        const path = [...scope, at(k + 1)!];
        const decl = { kind: word, name: at(k + 1)!, path, nameAt: site(k + 1), start: t[k].start, end: text.length } as Outline['decls'][number];
        out.decls.push(decl);
        const next = body(k + 3, path, word);
        decl.end = end(next);
        k = next;
      } else if ((word === 'oneof' || word === 'extend') && t[k + 1]?.kind === 'ident' && at(k + 2) === '{') {
        if (word === 'oneof') out.oneofs.push({ start: t[k].start, end: t[k + 1].end, container: scope, name: at(k + 1)!, nameAt: site(k + 1) });
        k = body(k + 3, scope, word, at(k + 1));
      } else if (kind === 'file' && (word === 'syntax' || word === 'edition' || word === 'package' || word === 'import')) {
        const stop = skipStatement(k);
        const value = t.slice(k + 1, stop).find((x) => x.kind === (word === 'package' ? 'ident' : 'string'));
        if (value && word === 'package') out.package = { name: value.text, at: { start: value.start, end: value.end } };
        else if (value && word === 'import') {
          out.imports.push(value.text);
          out.importSites.push({ path: value.text, at: { start: value.start, end: value.end } });
        }
        else if (value && !out.syntax) out.syntax = { value: word === 'edition' ? `edition ${value.text}` : value.text, at: { start: value.start, end: value.end } };
        k = stop;
      } else if (word === 'reserved' && kind !== 'file') {
        k = reserved(k, scope);
      } else if (word === 'rpc' && (kind === 'service' || (kind === 'file' && out.fragment !== 'message'))) {
        if (kind === 'file') out.fragment = 'service';
        k = rpc(k, kind === 'file' ? [FRAGMENT] : scope);
      } else if (kind === 'file' && !out.fragment && !out.decls.length && t[k].kind === 'ident' && word !== 'option' && (LABELS.has(word) || word === 'map' || (t[k + 1]?.kind === 'ident' && at(k + 2) === '='))) {
        out.fragment = 'message';
        k = field(k, [FRAGMENT]);
      } else if (kind === 'file' && out.fragment === 'message' && t[k].kind === 'ident' && word !== 'option' && word !== 'message' && word !== 'enum') {
        k = field(k, [FRAGMENT]);
      } else if (kind === 'enum' && word !== 'option' && t[k].kind === 'ident' && at(k + 1) === '=') {
        const sign = at(k + 2) === '-' ? -1 : 1;
        const numK = sign < 0 ? k + 3 : k + 2;
        const stop = skipStatement(k);
        const number = toNumber(t[numK], sign);
        out.enumValues.push({ start: t[k].start, end: end(stop), container: scope, name: word, nameAt: site(k), ...(number !== undefined ? { number, numberAt: site(numK) } : {}) });
        k = stop;
      } else if ((kind === 'message' || kind === 'oneof' || kind === 'extend') && word !== 'option' && word !== 'extensions' && t[k].kind === 'ident') {
        k = field(k, scope, kind === 'extend' ? name : undefined, kind === 'oneof' ? name : undefined);
      } else {
        const stop = skipStatement(k);
        k = stop === k ? k + 1 : stop;
      }
    }
    return k;
  };
  body(0, [], 'file');
  return out;
}
