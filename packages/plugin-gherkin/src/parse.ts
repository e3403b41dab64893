import type { CodeBlock, Location } from '@design-check/core';
import type { Background, GherkinDocument, Scenario as AstScenario, Step as AstStep } from '@cucumber/messages';
import type { EngineError, GherkinEngine } from './engines/gherkin.js';
import { keywordsOf, type Keywords, type StepKind } from './keywords.js';
import { cellsOf, isFeatureLine, LANGUAGE, scanBlock } from './scan.js';

/** A problem of a block, located in the markdown file. */
export interface Problem {
  kind: 'misspelled' | 'orphan' | 'cells' | 'unexpected' | 'eof' | 'language' | 'other';
  at: Location;
  data: Record<string, string | number>;
}

/** One step, with the kind it has once And, But and `*` take the kind of the step before. */
export interface ScenarioStep {
  keyword: string;
  text: string;
  /** given, when or then; undefined for an And/But/`*` with nothing before it. */
  kind?: Exclude<StepKind, 'and'>;
  /** The step's own keyword kind (`and` for And, But and `*`). */
  ownKind: StepKind;
  at: Location;
}

/** An Examples table of an outline. */
export interface ExamplesTable {
  keyword: string;
  at: Location;
  /** The header cells (the placeholder names), each located. */
  columns: Array<{ name: string; at: Location }>;
  /** Body rows; zero when the table has only a header, or no table at all. */
  rows: number;
  hasTable: boolean;
}

/** A scenario, outline or background, as written in one block. */
export interface Scenario {
  block: GherkinBlock;
  keyword: string;
  name: string;
  outline: boolean;
  background: boolean;
  at: Location;
  steps: ScenarioStep[];
  examples: ExamplesTable[];
  /** Every `<name>` in the scenario's name, steps and step tables, located. */
  placeholders: Array<{ name: string; at: Location }>;
  /** Names used in doc strings: they count as used columns, but may be plain markup. */
  docPlaceholders: string[];
  /** Everything the scenario says (name, steps, tables, doc strings, Examples), for text search. */
  text: string;
}

/** A gherkin block of the document, parsed. */
export interface GherkinBlock {
  code: CodeBlock;
  language: string;
  /** True when the block had no `Feature:` line and one was supplied for the parser. */
  synthetic: boolean;
  /** False when the parser could not build the block even after setting problem lines aside. */
  parsed: boolean;
  problems: Problem[];
  scenarios: Scenario[];
}

const MAX_LINES = 5000;
const MAX_PASSES = 20;
const PLACEHOLDER = /<([^<>\n]{1,80})>/g;

function significant(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('#') && !t.startsWith('@')) return i;
  }
  return -1;
}

const TOKENS: Record<string, string> = {
  '#EOF': 'the end of the block',
  '#StepLine': 'a step',
  '#TableRow': 'a table row',
  '#DocStringSeparator': 'a doc string',
  '#TagLine': 'a tag',
  '#ExamplesLine': 'Examples',
  '#ScenarioLine': 'a Scenario',
  '#RuleLine': 'a Rule',
  '#BackgroundLine': 'a Background',
  '#FeatureLine': 'a Feature',
  '#Other': 'text',
};

/** "a step, a table row or a Scenario" from the parser's `expected: #StepLine, …` list. */
function expectedOf(message: string): string {
  const m = /expected: ([^]*?)(?:, got|$)/.exec(message);
  const words = [...new Set((m?.[1] ?? '').split(/,\s*/).map((t) => TOKENS[t.trim()]).filter(Boolean))];
  if (words.length === 0) return 'a Scenario';
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Parse one gherkin block: scan, supply a `Feature:` line when absent, parse, and locate everything. */
export function parseBlock(code: CodeBlock, engine: GherkinEngine): GherkinBlock {
  const source = code.lines.slice(0, MAX_LINES);
  const first = significant(source, 0);
  const langLine = source.findIndex((l, i) => (first < 0 || i < first) && LANGUAGE.test(l));
  const language = langLine >= 0 ? LANGUAGE.exec(source[langLine])![1] : 'en';
  const block: GherkinBlock = { code, language, synthetic: false, parsed: false, problems: [], scenarios: [] };
  const at = (line: number, column: number): Location => code.toMarkdown(line, column);
  if (!engine.dialects[language]) {
    block.problems.push({ kind: 'language', at: at(langLine + 1, source[langLine].indexOf(language) + 1), data: { language } });
    return block;
  }
  const kw = keywordsOf(engine.dialects, language);
  // A misspelled `Feture:` line, once corrected, is the block's own Feature line.
  block.synthetic = first < 0 || !isFeatureLine(kw, source[first].trim());
  const scan = scanBlock(source, kw, block.synthetic);
  for (const x of scan.issues) {
    const data = { ...x.data };
    if (x.kind === 'cells') data.headerLine = at(Number(x.data.headerLine), 1).line;
    block.problems.push({ kind: x.kind, at: at(x.line, x.column), data });
  }
  // The Feature line goes after the language header (the parser reads that first), shifting lines below by one.
  const insertAt = block.synthetic ? langLine + 1 : -1;
  const work = [...scan.lines];
  const toBlock = (line: number) => (insertAt >= 0 && line > insertAt ? line - 1 : line);
  const render = () => (insertAt >= 0 ? [...work.slice(0, insertAt), `${kw.feature}:`, ...work.slice(insertAt)] : work).join('\n');
  const seen = new Set<number>();
  let document: GherkinDocument | undefined;
  for (let pass = 0; pass < MAX_PASSES && !document; pass++) {
    const result = engine.parse(render(), language);
    document = result.document;
    if (document) break;
    let repaired = false;
    for (const e of result.errors) {
      const problem = locate(e, toBlock(e.line), work, source, at);
      if (!problem) continue;
      const line = toBlock(e.line);
      if (!seen.has(line)) block.problems.push(problem);
      seen.add(line);
      if (e.kind === 'eof' && /#DocStringSeparator/.test(e.message)) {
        work.push(openDocString(work)?.delim ?? '"""');
        repaired = true;
      } else if (line >= 1 && line <= work.length && work[line - 1] !== '#' && (e.kind === 'token' || e.kind === 'ast')) {
        work[line - 1] = '#';
        repaired = true;
      }
    }
    if (!repaired) break;
  }
  block.problems.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  if (!document?.feature) return block;
  block.parsed = true;
  const lineAt = (l: number) => toBlock(l);
  for (const child of document.feature.children) {
    const items = child.rule ? child.rule.children : [child];
    for (const item of items) {
      if (item.background) block.scenarios.push(toScenario(block, item.background, true, kw, source, lineAt));
      if (item.scenario) block.scenarios.push(toScenario(block, item.scenario, false, kw, source, lineAt));
    }
  }
  return block;
}

/** The doc string left open at the end of `lines`: its delimiter and 0-based line. */
function openDocString(lines: string[]): { delim: string; line: number } | undefined {
  let open: { delim: string; line: number } | undefined;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (open) {
      if (t.startsWith(open.delim)) open = undefined;
    } else if (t.startsWith('"""') || t.startsWith('```')) open = { delim: t.slice(0, 3), line: i };
  });
  return open;
}

function locate(e: EngineError, line: number, work: string[], source: string[], at: (l: number, c: number) => Location): Problem | undefined {
  if (e.kind === 'eof') {
    // Point at the doc string left open, or at the last line of the block.
    const open = openDocString(work);
    const last = open ? open.line : Math.max(0, source.map((l) => l.trim() !== '').lastIndexOf(true));
    const text = source[last] ?? '';
    return { kind: 'eof', at: at(last + 1, text.length - text.trimStart().length + 1), data: { expected: open ? `a closing ${open.delim} of the doc string` : expectedOf(e.message) } };
  }
  if (line < 1 || line > source.length) return undefined;
  const text = source[line - 1];
  const column = e.column ?? text.length - text.trimStart().length + 1;
  if (e.kind === 'token') return { kind: 'unexpected', at: at(line, column), data: { text: text.trim().slice(0, 60), expected: expectedOf(e.message) } };
  return { kind: 'other', at: at(line, column), data: { message: e.message } };
}

function toScenario(block: GherkinBlock, node: AstScenario | Background, background: boolean, kw: Keywords, source: string[], lineAt: (l: number) => number): Scenario {
  const at = (line: number, column: number) => block.code.toMarkdown(lineAt(line), column);
  const scenario = node as Partial<AstScenario> & Background;
  const outlineWords = new Set(kw.blocks.filter((b) => b.kind === 'outline').map((b) => b.keyword));
  const examples = (scenario.examples ?? []).map((ex): ExamplesTable => {
    const headerLine = ex.tableHeader ? lineAt(ex.tableHeader.location.line) : 0;
    const columns = headerLine ? cellsOf(source[headerLine - 1]).map((c) => ({ name: c.text, at: block.code.toMarkdown(headerLine, c.column) })) : [];
    return { keyword: ex.keyword, at: at(ex.location.line, ex.location.column ?? 1), columns, rows: ex.tableBody.length, hasTable: !!ex.tableHeader };
  });
  let previous: ScenarioStep['kind'];
  const steps = node.steps.map((s: AstStep): ScenarioStep => {
    const own = kw.steps.find((k) => k.keyword === s.keyword)?.kind ?? 'and';
    const kind = own === 'and' ? previous : own;
    previous = kind;
    return { keyword: s.keyword.trim(), text: s.text, kind, ownKind: own, at: at(s.location.line, s.location.column ?? 1) };
  });
  // Placeholders: in the name line, each step line and its data table rows (doc strings apart).
  const lines = [scenario.location.line, ...node.steps.flatMap((s) => [s.location.line, ...(s.dataTable?.rows ?? []).map((r) => r.location.line)])];
  const placeholders: Scenario['placeholders'] = [];
  for (const l of lines) {
    const line = lineAt(l);
    for (const m of (source[line - 1] ?? '').matchAll(PLACEHOLDER)) placeholders.push({ name: m[1], at: block.code.toMarkdown(line, m.index! + 1) });
  }
  const docs = node.steps.map((s) => s.docString?.content ?? '').join('\n');
  const docPlaceholders = [...docs.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const text = [
    node.name,
    node.description,
    ...node.steps.flatMap((s) => [s.text, s.docString?.content ?? '', ...(s.dataTable?.rows ?? []).map((r) => r.cells.map((c) => c.value).join(' '))]),
    ...(scenario.examples ?? []).flatMap((ex) => [ex.name, ...[ex.tableHeader, ...ex.tableBody].map((r) => (r?.cells ?? []).map((c) => c.value).join(' '))]),
  ].join('\n');
  return {
    block,
    keyword: node.keyword,
    name: node.name,
    outline: !background && (outlineWords.has(node.keyword) || examples.length > 0),
    background,
    at: at(node.location.line, node.location.column ?? 1),
    steps,
    examples,
    placeholders,
    docPlaceholders,
    text,
  };
}
