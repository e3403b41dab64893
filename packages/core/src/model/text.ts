/**
 * Leading numbering of a heading: `3.`, `3.1`, `3.1.`, `3)`, `(3)`, `3:`, `3 -`, `Section 3 -`,
 * and roman numerals or single letters followed by `.`, `)` or a dash (`IV.`, `A)`, `B -`).
 */
const NUMBERING =
  /^(?:(?:section|chapter|part)\s+)?(?:\(?\d+(?:\.\d+)*\)?(?:[.):](?:\s+|(?=\p{L}))|\s*[-–—]\s+|\s+(?=\p{L}))|\(?(?:[ivx]+|[a-z])(?:[.)]|\s+[-–—])\s+)/u;

/**
 * Normalise a heading, table header or metadata key for tolerant matching:
 * case, leading symbols (emoji, `§`), numbering (`3.`, `3.1`, `Section 3 -`, `IV.`, `A)`),
 * emphasis marks, `&`/`and`, punctuation and spacing.
 */
export function normalizeName(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    // Names repeat (the template's section names, table headers): each is normalised once.
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(ownCopy(text), (out = normalize(text)));
  }
  return out;
}

const normalized = new Map<string, string>();
const MAX_NORMALIZED = 20_000;

/**
 * A string that holds only its own characters. A heading's text is often a slice of the whole
 * document's text, and V8 keeps the whole text alive for as long as the slice lives: kept as a
 * key of the memo above, every document checked in a batch would stay in memory (21 MB in a
 * batch of 500 designs). Joined to one character and cut again, the key is a slice of a string
 * of its own length.
 */
function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

function normalize(text: string): string {
  return text
    .replace(/[*_`\uFE0E\uFE0F\u20E3]/g, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}#(]+(?=[\p{L}\p{N}(])/u, '')
    .replace(NUMBERING, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}/#]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `candidate` names the section `wanted`: equal after normalisation, or `wanted`
 * followed by extra trailing words (`Security Threat Model (STRIDE)`).
 */
export function nameMatches(candidate: string, wanted: string): boolean {
  const c = normalizeName(candidate);
  const w = normalizeName(wanted);
  if (!w) return false;
  return c === w || c.startsWith(`${w} `);
}

/** Split text into lines, accepting LF, CRLF and CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/**
 * The candidate nearest to `name` for a "did you mean" hint, or undefined when none is close
 * (more than `maxDistance` edits, by default a third of the name and at least 3).
 */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = Math.max(3, name.length / 3)): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= maxDistance ? best : undefined;
}

/** The few fields of an mdast node that {@link readableText} reads. */
export interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

/** Plain text of a node as it reads: struck-through text (`~~draft~~`) left out, inline HTML (`<br>`) as a space. */
export function readableText(node: TextNode): string {
  const text = (n: TextNode): string => {
    if (n.type === 'delete') return '';
    if (n.type === 'html') return ' ';
    if (typeof n.value === 'string') return n.value;
    return (n.children ?? []).map(text).join('');
  };
  return text(node).replace(/\s+/g, ' ').trim();
}
