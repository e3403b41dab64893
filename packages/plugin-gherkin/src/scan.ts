import { blockKeyword, nearest, stepKeyword, type Keywords } from './keywords.js';

/** A problem found by reading a block line by line, before the parser sees it. */
export interface LineIssue {
  kind: 'misspelled' | 'orphan' | 'cells';
  /** 1-based line and column in the block. */
  line: number;
  column: number;
  data: Record<string, string | number>;
}

/** A block read line by line: its problems, and its lines as the parser should see them. */
export interface Scan {
  issues: LineIssue[];
  /** The lines with misspelled keywords corrected and orphan steps and bad table rows commented out. */
  lines: string[];
}

/** The `# language: de` header, as the parser reads it. */
export const LANGUAGE = /^\s*#\s*language\s*:\s*([a-zA-Z\-_]+)\s*$/;

// Words that start prose and sit one edit from a step keyword: never read as a misspelling.
const PROSE = new Set(['the', 'they', 'them', 'than', 'thus', 'thin', 'this', 'ten', 'hen', 'wen', 'whe', 'give', 'gives', 'giver', 'liven', 'riven']);

type Context = 'top' | 'scenario' | 'background' | 'examples';

/** The cells of a table row with their 1-based columns, split as the parser splits them (`\|` escapes). */
export function cellsOf(line: string): Array<{ text: string; column: number }> {
  const start = line.indexOf('|');
  const out: Array<{ text: string; column: number }> = [];
  let cell = '';
  let cellStart = start + 1;
  for (let i = start + 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      cell += line[i + 1] === 'n' ? '\n' : line[i + 1] === '|' || line[i + 1] === '\\' ? line[i + 1] : `\\${line[i + 1]}`;
      i++;
    } else if (ch === '|') {
      const lead = cell.length - cell.trimStart().length;
      out.push({ text: cell.trim(), column: cellStart + lead + 1 });
      cell = '';
      cellStart = i + 1;
    } else cell += ch;
  }
  return out;
}

function typoBlock(kw: Keywords, trimmed: string): string | undefined {
  const m = /^([^:|@#"`<>]{2,40}?)\s*:/.exec(trimmed);
  if (!m) return undefined;
  return nearest(m[1], kw.blocks.map((b) => b.keyword), (k) => (k.length <= 5 ? 1 : 2));
}

/** True when a trimmed line is a Feature line, or one with a misspelled Feature keyword. */
export function isFeatureLine(kw: Keywords, trimmed: string): boolean {
  if (blockKeyword(kw, trimmed)) return blockKeyword(kw, trimmed)!.kind === 'feature';
  const typo = typoBlock(kw, trimmed);
  return !!typo && kw.blocks.some((b) => b.keyword === typo && b.kind === 'feature');
}

function typoStep(kw: Keywords, trimmed: string, loose: boolean): { word: string; keyword: string } | undefined {
  const token = trimmed.split(/\s+/)[0];
  const word = token.replace(/[:,.;!]+$/, '');
  if (word.length < 2 || trimmed.length === token.length) return undefined;
  const pool = kw.steps.filter((s) => s.keyword.trim() !== '*' && (loose || s.kind !== 'and')).map((s) => s.keyword.trim());
  const exact = pool.find((k) => k === word);
  if (exact) return { word: token, keyword: exact };
  if (PROSE.has(word.toLowerCase())) return undefined;
  if (!loose && (word.length < 3 || pool.some((k) => k.toLowerCase() === word))) return undefined;
  const keyword = nearest(word, pool, (k) => (loose && k.length >= 5 ? 2 : 1));
  return keyword ? { word, keyword } : undefined;
}

/**
 * Read a block line by line with the keywords of its language: misspelled keywords
 * (`Scenrio:`, `Wehn`), steps outside any scenario, and table rows whose cell count differs
 * from the header. Each is corrected or commented out, so that the parser still reads the
 * rest of the block. `synthetic` tells that the block has no `Feature:` line of its own.
 */
export function scanBlock(source: string[], kw: Keywords, synthetic: boolean): Scan {
  const lines = [...source];
  const issues: LineIssue[] = [];
  const indent = (i: number) => source[i].length - source[i].trimStart().length;
  let ctx: Context = 'top';
  let stepsSeen = false;
  let rowsSeen = false;
  let doc: string | undefined;
  // Orphan steps come in groups; under a real Feature or Rule header a lone step line is prose.
  let group: { lines: number[]; steps: number; args: boolean; prose: boolean } | undefined;
  const groups: NonNullable<typeof group>[] = [];
  const endGroup = () => {
    if (group) groups.push(group);
    group = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (doc) {
      if (t.startsWith(doc)) doc = undefined;
      group?.lines.push(i);
      continue;
    }
    if (!t || t.startsWith('#') || t.startsWith('@')) continue;
    if (t.startsWith('"""') || t.startsWith('```') || t.startsWith('|')) {
      if (t.startsWith('|')) rowsSeen = true;
      else doc = t.slice(0, 3);
      if (group) {
        group.lines.push(i);
        group.args = true;
      }
      continue;
    }
    let block = blockKeyword(kw, t);
    if (!block) {
      const keyword = typoBlock(kw, t);
      if (keyword) {
        const word = /^[^:]*?(?=\s*:)/.exec(t)![0];
        issues.push({ kind: 'misspelled', line: i + 1, column: indent(i) + 1, data: { word, keyword: `${keyword}:` } });
        lines[i] = `${' '.repeat(indent(i))}${keyword}${t.slice(t.indexOf(':'))}`;
        block = blockKeyword(kw, lines[i].trim());
      }
    }
    if (block) {
      endGroup();
      ctx = block.kind === 'feature' || block.kind === 'rule' ? 'top' : block.kind === 'outline' ? 'scenario' : block.kind;
      stepsSeen = false;
      rowsSeen = false;
      continue;
    }
    let step = stepKeyword(kw, t);
    let misspelled = false;
    if (!step) {
      const inScenario = ctx === 'scenario' || ctx === 'background';
      const loose = (inScenario && stepsSeen) || (ctx === 'examples' && rowsSeen);
      const typo = ctx === 'top' && !synthetic ? undefined : typoStep(kw, t, loose);
      if (typo) {
        issues.push({ kind: 'misspelled', line: i + 1, column: indent(i) + 1, data: { word: typo.word, keyword: typo.keyword } });
        const spaced = kw.steps.find((s) => s.keyword.trim() === typo.keyword)!.keyword;
        lines[i] = `${' '.repeat(indent(i))}${spaced}${t.slice(t.split(/\s+/)[0].length).trimStart()}`;
        step = stepKeyword(kw, lines[i].trim());
        misspelled = true;
      }
    }
    if (!step) {
      endGroup();
      continue;
    }
    if (ctx === 'scenario' || ctx === 'background') {
      endGroup();
      stepsSeen = true;
      continue;
    }
    if (step.keyword.trim() === '*' && ctx === 'top') continue;
    group ??= { lines: [], steps: 0, args: false, prose: ctx === 'top' && !synthetic };
    group.lines.push(i);
    group.steps++;
    if (!misspelled) issues.push({ kind: 'orphan', line: i + 1, column: indent(i) + 1, data: { step: t, where: ctx === 'examples' ? 'after' : 'before' } });
  }
  endGroup();
  for (const g of groups) {
    if (g.prose && g.steps < 2 && !g.args) {
      const first = g.lines[0] + 1;
      const at = issues.findIndex((x) => x.kind === 'orphan' && x.line === first);
      if (at >= 0) issues.splice(at, 1);
      continue;
    }
    for (const i of g.lines) lines[i] = '#';
  }
  issues.push(...cellIssues(lines));
  for (const x of issues) if (x.kind === 'cells') lines[x.line - 1] = '#';
  return { issues: issues.sort((a, b) => a.line - b.line || a.column - b.column), lines };
}

/** Rows whose cell count differs from the first row of their table. */
function cellIssues(lines: string[]): LineIssue[] {
  const out: LineIssue[] = [];
  let header: { line: number; count: number } | undefined;
  let doc: string | undefined;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (doc) {
      if (t.startsWith(doc)) doc = undefined;
      return;
    }
    if (t.startsWith('"""') || t.startsWith('```')) doc = t.slice(0, 3);
    if (t.startsWith('#')) return;
    if (!t.startsWith('|')) {
      header = undefined;
      return;
    }
    const count = cellsOf(raw).length;
    if (!header) header = { line: i + 1, count };
    else if (count !== header.count) {
      const column = raw.indexOf('|') + 1;
      out.push({ kind: 'cells', line: i + 1, column, data: { count, expected: header.count, headerLine: header.line } });
    }
  });
  return out;
}
