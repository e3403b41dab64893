// Rewrite a bundle so that every character of its source is Latin-1 (U+0000–U+00FF), without
// changing what it does. V8 keeps a script's source in memory for as long as its functions live
// (lazy compilation reads it again), one byte a character when every character fits in Latin-1,
// two bytes otherwise: a single "—" in a 5 MiB bundle doubles the memory its source takes in every
// thread that loads it, and in the start-up snapshot, which is read back on every cold start.
// esbuild already escapes strings and templates; it leaves regular expression literals, tagged
// templates, identifiers and the comments it keeps as they were written. Those are escaped here,
// each in its own syntax, found with TypeScript's parser (a character's place decides its escape).
import ts from 'typescript';

const WIDE = /[^\u0000-\u00ff]/;

/** `\uXXXX` for each UTF-16 unit of `char`. */
function unitEscapes(char) {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** The spans of the tokens whose text may hold a wide character, sorted, each with how to escape it. */
function tokenSpans(source) {
  const spans = [];
  const visit = (node) => {
    const kind = node.kind;
    if (kind === ts.SyntaxKind.RegularExpressionLiteral || kind === ts.SyntaxKind.StringLiteral) {
      spans.push({ start: node.getStart(source), end: node.end, how: 'units' });
    } else if (kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle || kind === ts.SyntaxKind.TemplateTail) {
      // A tag sees the raw text, which an escape would change.
      const template = kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? node : kind === ts.SyntaxKind.TemplateHead ? node.parent : node.parent.parent;
      const tagged = template.parent?.kind === ts.SyntaxKind.TaggedTemplateExpression;
      spans.push({ start: node.getStart(source), end: node.end, how: tagged ? 'tagged' : 'units' });
    } else if (kind === ts.SyntaxKind.Identifier || kind === ts.SyntaxKind.PrivateIdentifier) {
      spans.push({ start: node.getStart(source), end: node.end, how: 'identifier' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans.sort((a, b) => a.start - b.start);
}

function spanAt(spans, pos) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/**
 * `text` (a CommonJS bundle named `file`) with every character above U+00FF escaped: in regular
 * expression and string literals and untagged templates as `\uXXXX` (an identity escape before it,
 * `\—`, goes with it), in identifiers as `\u{…}`, in comments as the text `\uXXXX`, and U+2028 and
 * U+2029 outside any literal as a line break. A wide character in a tagged template cannot be
 * escaped without changing what the tag sees: that throws, naming the line.
 */
export function latin1Source(text, file) {
  if (!WIDE.test(text)) return text;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const before = source.parseDiagnostics.length;
  const spans = tokenSpans(source);
  const out = [];
  let last = 0;
  const wide = /[\ud800-\udbff][\udc00-\udfff]|[^\u0000-\u00ff]/g;
  for (let m = wide.exec(text); m; m = wide.exec(text)) {
    const char = m[0];
    let start = m.index;
    const span = spanAt(spans, start);
    let escaped;
    if (!span) {
      escaped = char === '\u2028' || char === '\u2029' ? '\n' : unitEscapes(char);
    } else if (span.how === 'tagged') {
      const { line } = source.getLineAndCharacterOfPosition(start);
      throw new Error(`${file}:${line + 1}: "${char}" in a tagged template: write it as an escape in the source`);
    } else if (span.how === 'identifier') {
      escaped = `\\u{${char.codePointAt(0).toString(16)}}`;
    } else {
      let slashes = 0;
      while (start - slashes - 1 >= span.start && text[start - slashes - 1] === '\\') slashes++;
      if (slashes % 2 === 1) start--;
      escaped = unitEscapes(char);
    }
    out.push(text.slice(last, start), escaped);
    last = m.index + char.length;
  }
  out.push(text.slice(last));
  const result = out.join('');
  if (WIDE.test(result)) throw new Error(`${file}: a character above U+00FF is left`);
  const after = ts.createSourceFile(file, result, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS).parseDiagnostics.length;
  if (after !== before) throw new Error(`${file}: escaping its wide characters made it fail to parse`);
  return result;
}
