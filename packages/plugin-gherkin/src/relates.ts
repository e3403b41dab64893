import { findTemplateSection, SECTION, type CodeBlock, type DesignDoc, type Location, type Section } from '@design-check/core';

/** One acceptance criterion number named by a behaviour. */
export interface CriterionRef {
  n: number;
  at: Location;
}

/** A behaviour's "Relates to" statement, or the criterion its heading names. */
export interface RelatesTo {
  at: Location;
  refs: CriterionRef[];
  /** A reference that is not a positive number (`#N`, `#0`, `#x`), or the whole line when it names none. */
  bad?: { token: string; at: Location };
  inHeading: boolean;
}

/** A behaviour of the Behavioral Specifications: a subsection with its scenarios. */
export interface Behavior {
  section: Section;
  /** Where the behaviour is reported: its heading. */
  at: Location;
  relatesTo?: RelatesTo;
  /** The first gherkin block of the behaviour; a Relates-to line below it is misplaced. */
  firstBlock?: CodeBlock;
  misplaced: boolean;
}

// `**Relates to:**`, `Relates to |` (a table row), `**Relates to** — …`, in a list item or a quote.
const LABEL = /^(?:\s*(?:>|[-*+](?=\s)|\||\d+[.)](?=\s)))*\s*[*_]{0,3}(relates?\s+to)\b[*_]{0,3}\s*(?::|\||[—–-](?=\s))/i;
const WORD_REF = /\b(?:criteri(?:on|a)|AC)(?:[\s-]*#?\s?)(\d+)/gi;
const HASH_REF = /#\s?(\d+)/g;
// A range's or list's next number is not a quantity (`#2 – 80% of refunds`, `#1, 2.5 s`).
const RANGE = /\s*(?:[–—]|-|to\b|\.\.)\s*(?:#|AC[\s-]*)?\s?(\d+)(?![\d.,]*\s*(?:%|[.,]\d))/iy;
const LIST = /\s*(?:,|and\b|&|or\b)\s*(?:#|AC[\s-]*)?\s?(\d+)(?![\d.,]*\s*(?:%|[.,]\d))/iy;
const BAD = /#(?!\s?\d)([^\s,;:)*_|]{1,12})|#\s?(0+)\b/g;

/** Where a reference whose number starts at `i` starts: its `#` or `AC-`, else the number. */
function refStart(text: string, i: number): number {
  const before = /(?:#\s?|AC[\s-]?)$/i.exec(text.slice(Math.max(0, i - 3), i));
  return before ? i - before[0].length : i;
}

/** `text` with link targets and inline code blanked (an `#anchor` is not a criterion). */
function blankLinks(text: string): string {
  return text.replace(/\]\([^)]*\)|`[^`]*`/g, (m) => ' '.repeat(m.length));
}

/**
 * The criterion numbers of a line from `from` on: `#2`, `#1, #3`, `#1–#3`, `criterion 2`,
 * `criteria 1 and 3`, `AC-2`. Bare numbers count only right after a criterion word, so the
 * `5` of "(p95 < 5 s)" is not one. With `wordsOnly`, `#2` alone does not count (a heading's `Behavior #2`).
 */
export function criterionRefs(raw: string, from: number, lineNo: number, wordsOnly = false): { refs: CriterionRef[]; bad?: { token: string; column: number } } {
  const text = blankLinks(raw);
  const refs: CriterionRef[] = [];
  const seen = new Set<number>();
  const add = (n: number, index: number) => {
    if (n > 0 && !seen.has(n)) refs.push({ n, at: { line: lineNo, column: index + 1 } });
    seen.add(n);
  };
  const follow = (end: number, first: number, index: number) => {
    RANGE.lastIndex = end;
    const range = RANGE.exec(text);
    let offset = end;
    if (range) {
      const last = Number(range[1]);
      for (let n = first; n <= last && n - first < 100; n++) add(n, index);
      offset = RANGE.lastIndex;
    } else add(first, index);
    LIST.lastIndex = offset;
    for (let m = LIST.exec(text); m; m = LIST.exec(text)) add(Number(m[1]), refStart(text, LIST.lastIndex - m[1].length));
  };
  for (const re of wordsOnly ? [WORD_REF] : [WORD_REF, HASH_REF]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      follow(m.index + m[0].length, Number(m[1]), refStart(text, m.index + m[0].length - m[1].length));
    }
  }
  refs.sort((a, b) => a.at.column - b.at.column);
  BAD.lastIndex = from;
  const bad = wordsOnly ? null : BAD.exec(text);
  return { refs, ...(bad ? { bad: { token: bad[0], column: bad.index + 1 } } : {}) };
}

function blocksIn(doc: DesignDoc, first: number, last: number): CodeBlock[] {
  return doc.codeBlocksOf('gherkin').filter((b) => b.line >= first && b.line <= last);
}

function insideCode(doc: DesignDoc, line: number): boolean {
  return doc.codeBlocks.some((b) => line >= b.line && line <= b.endLine);
}

function behaviorOf(doc: DesignDoc, section: Section, last: number): Behavior {
  const firstBlock = blocksIn(doc, section.line, last)[0];
  const behavior: Behavior = { section, at: { line: section.line, column: section.column }, firstBlock, misplaced: false };
  // The first Relates-to line that names a criterion (a table's header row `| Relates to | … |` names none), else the first one.
  let chosen: RelatesTo | undefined;
  for (let line = section.line + 1; line <= last; line++) {
    const raw = doc.lines[line - 1] ?? '';
    const m = LABEL.exec(raw);
    if (!m || insideCode(doc, line)) continue;
    const column = m.index + m[0].indexOf(m[1]) + 1;
    const found = criterionRefs(raw, m[0].length, line);
    const bad = found.bad ? { token: found.bad.token, at: { line, column: found.bad.column } } : found.refs.length ? undefined : { token: raw.slice(m[0].length).replace(/[*_]/g, '').trim(), at: { line, column } };
    const candidate: RelatesTo = { at: { line, column }, refs: found.refs, ...(bad ? { bad } : {}), inHeading: false };
    chosen ??= candidate;
    if (found.refs.length || found.bad) {
      chosen = candidate;
      break;
    }
  }
  if (chosen) {
    behavior.relatesTo = chosen;
    behavior.misplaced = !!firstBlock && chosen.at.line > firstBlock.line;
    return behavior;
  }
  const heading = doc.lines[section.line - 1] ?? '';
  const inHeading = criterionRefs(heading, 0, section.line, true);
  if (inHeading.refs.length) behavior.relatesTo = { at: inHeading.refs[0].at, refs: inHeading.refs, inHeading: true };
  return behavior;
}

function under(s: Section, parent: Section): boolean {
  for (let p: Section | undefined = s; p; p = p.parent) if (p === parent) return true;
  return false;
}

/**
 * The behaviours of the Behavioral Specifications: its subsections named `Behavior …` (at
 * any depth), or else its subsections that hold gherkin blocks; gherkin written right under
 * the section heading is a behaviour of its own. The error scenarios are not behaviours.
 */
export function behaviorsOf(doc: DesignDoc): Behavior[] {
  const spec = findTemplateSection(doc, SECTION.behavioralSpecifications);
  if (!spec) return [];
  const errors = findTemplateSection(doc, SECTION.errorScenarios, spec);
  const all = doc.sections.filter((s) => s !== spec && under(s, spec) && !(errors && under(s, errors)));
  const named = all.filter((s) => /^behaviou?r\b/.test(s.name));
  const chosen = named.length ? named : all.filter((s) => s.parent === spec && blocksIn(doc, s.line, s.lastLine).length > 0);
  const out = chosen.map((s) => behaviorOf(doc, s, s.lastLine));
  const firstChild = spec.children[0]?.line ?? spec.lastLine + 1;
  if (blocksIn(doc, spec.line, firstChild - 1).length) out.unshift(behaviorOf(doc, spec, firstChild - 1));
  return out;
}
