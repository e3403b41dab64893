/** A token of a proto block, with its offsets in the block (used only to locate what protobufjs parses). */
export interface Token {
  text: string;
  kind: 'ident' | 'number' | 'string' | 'punct';
  start: number;
  end: number;
}

const IDENT = /[A-Za-z_.][\w.]*/y;
const NUMBER = /[0-9][\w.]*(?:[eE][+-]?\d+)?/y;

/**
 * Split a proto block into tokens, without its comments and whitespace. Never throws: an
 * unterminated string or comment ends at the end of the block.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out.push({ text: text.slice(i + 1, Math.min(j, text.length)), kind: 'string', start: i, end: Math.min(j + 1, text.length) });
      i = j + 1;
    } else {
      const re = /[0-9]/.test(c) ? NUMBER : /[A-Za-z_.]/.test(c) && !(c === '.' && /[0-9]/.test(text[i + 1] ?? '')) ? IDENT : undefined;
      if (re) {
        re.lastIndex = i;
        const m = re.exec(text)!;
        out.push({ text: m[0], kind: re === NUMBER ? 'number' : 'ident', start: i, end: i + m[0].length });
        i += m[0].length;
      } else {
        out.push({ text: c, kind: 'punct', start: i, end: i + 1 });
        i++;
      }
    }
  }
  return out;
}
