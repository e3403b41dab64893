import type { Dialect } from './engines/gherkin.js';

/** What a step keyword says: context, action, outcome, or a continuation (And, But, `*`). */
export type StepKind = 'given' | 'when' | 'then' | 'and';

/** The block keyword kinds of Gherkin. */
export type BlockKind = 'feature' | 'rule' | 'background' | 'scenario' | 'outline' | 'examples';

/** The keywords of one language, ready for matching lines. */
export interface Keywords {
  language: string;
  /** Block keywords (without the colon), longest first. */
  blocks: Array<{ keyword: string; kind: BlockKind }>;
  /** Step keywords as the parser matches them (`Given `, `* `), longest first. */
  steps: Array<{ keyword: string; kind: StepKind }>;
  /** The feature keyword used for a synthesised `Feature:` line. */
  feature: string;
}

const cache = new Map<string, Keywords>();

/** The keywords of `language` in `dialects`. */
export function keywordsOf(dialects: Readonly<Record<string, Dialect>>, language: string): Keywords {
  const hit = cache.get(language);
  if (hit) return hit;
  const d = dialects[language];
  const blocks: Keywords['blocks'] = [];
  const add = (list: readonly string[], kind: BlockKind) => list.forEach((keyword) => blocks.push({ keyword, kind }));
  add(d.feature, 'feature');
  add(d.rule, 'rule');
  add(d.background, 'background');
  add(d.scenario, 'scenario');
  add(d.scenarioOutline, 'outline');
  add(d.examples, 'examples');
  const steps: Keywords['steps'] = [];
  const addStep = (list: readonly string[], kind: StepKind) => list.forEach((keyword) => steps.push({ keyword, kind: keyword.trim() === '*' ? 'and' : kind }));
  addStep(d.given, 'given');
  addStep(d.when, 'when');
  addStep(d.then, 'then');
  addStep([...d.and, ...d.but], 'and');
  blocks.sort((a, b) => b.keyword.length - a.keyword.length);
  steps.sort((a, b) => b.keyword.length - a.keyword.length);
  const out = { language, blocks, steps, feature: d.feature[0] };
  cache.set(language, out);
  return out;
}

/** The block keyword a trimmed line starts with (`Scenario:`), if any. */
export function blockKeyword(kw: Keywords, trimmed: string): Keywords['blocks'][number] | undefined {
  return kw.blocks.find((b) => trimmed.startsWith(`${b.keyword}:`));
}

/** The step keyword a trimmed line starts with (`Given `), if any. */
export function stepKeyword(kw: Keywords, trimmed: string): Keywords['steps'][number] | undefined {
  return kw.steps.find((s) => trimmed.startsWith(s.keyword));
}

/** Optimal string alignment distance: Levenshtein with adjacent transpositions (`Wehn` → `When` is 1). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The keyword nearest to `word` (case-insensitive) within `max` edits, if any; on a tie, one
 * that the word starts with (`Scenario 1` is `Scenario`, not `Scenarios`).
 */
export function nearest(word: string, keywords: Iterable<string>, max: (keyword: string) => number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const k of keywords) {
    const dist = typoDistance(w, k.toLowerCase()) - (w.startsWith(k.toLowerCase()) ? 0.5 : 0);
    if (dist < bestD && dist <= max(k)) {
      best = k;
      bestD = dist;
    }
  }
  return best;
}
