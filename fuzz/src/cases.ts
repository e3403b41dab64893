import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/** The repository's root (this file is in fuzz/src or fuzz/dist). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** One case: the bytes of a document, and where it lies in the fuzz project. */
export interface Case {
  /** Path in the project, e.g. `examples/defects/openapi-defects.md` or `docs/generated.md`. */
  path: string;
  bytes: Uint8Array;
  /** How it was made, for the report of a failure. */
  origin: string;
}

/** The design documents under examples/ and the project's own design, by path from the root. */
export function exampleDesigns(): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.md$/.test(e.name) && !/^(README|BRIEF)|CONTRACT/.test(e.name)) out.push({ path: relative(REPO, abs), text: readFileSync(abs, 'utf8') });
    }
  };
  walk(join(REPO, 'examples'));
  out.push({ path: 'docs/design/design-check.md', text: readFileSync(join(REPO, 'docs/design/design-check.md'), 'utf8') });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Lines that break markdown, fences, tables, YAML and directives when inserted anywhere. */
const LINES = [
  '```', '~~~', '````', '```yaml', '```json', '```ts', '```gherkin', '```yaml openapi=false', '    ```',
  '| a | b |', '|---|---|', '| **Status** | approved |', '|', '||||', '> ', '> > - > 1. x', '- [ ] ', '- [x] done', '1. ',
  '# ', '## Metadata', '## API Contracts', '### Behavior 9: x', '---', '+++', '***', '<!-- design-check-disable -->',
  '<!-- design-check-disable-next-line structure/no-placeholders -->', '<!-- design-check-enable -->', '<!--', '-->',
  "  $ref: '#/components/schemas/Missing'", "  $ref: '../../../../etc/passwd'", "$ref: '/etc/passwd'", "x: &a [*a]", 'openapi: 3.1.0',
  'paths:', '  /x/{id}:', '    get: {responses: {}}', 'Feature: x', 'Scenario Outline: <a>', '  Examples:', '    | a |', '  Given ', '"""',
  'interface X { a: Missing }', 'type T<A> = T<A>;', '/// <reference path="/etc/passwd" />', '\t', '\t\tindented', '', '\\',
  '[x](../../../../outside.md)', '[y](#no-such-heading)', '![z](file:///etc/shadow)', '_(placeholder)_', 'TBD', 'YYYY-MM-DD',
  '<!-- design-check-disable-next-line -->', '<!-- design-check-disable-next-line openapi -- why -->', '<!-- design-check-disable spectral:operation-tags, nope/rule -->',
  '# design-check-disable-next-line spectral:operation-tags', '// design-check-disable-next-line typescript:TS2304',
  '[ref]: ../../x.md', '[^1]: a note', '===', '<div>', '</div>', '<details><summary>x</summary>', '| a \\| b | `c|d` |', '```yaml title="a b"',
  '~~~ts', '- ```yaml', '> ```ts', '1. ~~~gherkin', '        indented code', '| ' + '| '.repeat(200), '\u0000',
];

/** Text that breaks cells, spans and positions when inserted in a line. */
const BITS = [
  '|', '`', '``', '```', '\t', '\\', '*', '**', '_', '[', ']', '(', ')', '<', '>', '&amp;', '#', ':', '{', '}', '"', "'", '$ref',
  '😀', '👩‍💻', 'é', 'e\u0301', '\u202E', '\u200B', '\uFEFF', '\uFFFD', 'ß', '漢字', '\u00A0', '\r', '\r\n', '\n', ' ', '    ',
];

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'insertLine'; at: number; line: string }
  | { op: 'insertText'; at: number; column: number; text: string }
  | { op: 'wrap'; at: number; count: number; prefix: string }
  | { op: 'crlf' | 'cr' }
  | { op: 'truncate'; fraction: number };

const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BITS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('insertLine' as const), at: fc.nat(), line: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) }) }),
  fc.record({ op: fc.constant('insertText' as const), at: fc.nat(), column: fc.nat(), text }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }), prefix: fc.constantFrom('> ', '- ', '1. ', '   ', '\t', '> - ', '>') }),
  fc.record({ op: fc.constantFrom('crlf' as const, 'cr' as const) }),
  fc.record({ op: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** Apply one mutation to a document's text. */
export function mutate(source: string, m: Mutation): string {
  const lines = source.split('\n');
  const i = 'at' in m ? m.at % lines.length : 0;
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      break;
    case 'swap': {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case 'insertLine':
      lines.splice(i, 0, m.line);
      break;
    case 'insertText': {
      const c = m.column % (lines[i].length + 1);
      lines[i] = lines[i].slice(0, c) + m.text + lines[i].slice(c);
      break;
    }
    case 'wrap':
      for (let k = i; k < Math.min(lines.length, i + m.count); k++) lines[k] = m.prefix + lines[k];
      break;
    case 'crlf':
      return source.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return source.replace(/\r?\n/g, '\r');
    case 'truncate':
      return source.slice(0, Math.floor(source.length * m.fraction));
  }
  return lines.join('\n');
}

/** Bytes of a text, with bytes that are not UTF-8 put in at some places. */
function encode(text: string, bad: number[]): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  if (!bad.length || !bytes.length) return bytes;
  const parts: Buffer[] = [];
  let from = 0;
  for (const at of [...new Set(bad.map((b) => b % bytes.length))].sort((a, b) => a - b)) {
    parts.push(bytes.subarray(from, at), Buffer.from([0xe9]));
    from = at;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

const badBytes = fc.oneof({ weight: 9, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) });

/**
 * A mutated example: one of the designs of the repository (whole, or most often a run of its
 * lines, which keeps cases fast), with one to five mutations: lines deleted, duplicated,
 * swapped, inserted (fences, tables, directives, YAML, Gherkin, TypeScript), text inserted
 * (pipes, backticks, tabs, unicode), lines wrapped in quotes and lists, CRLF or CR line ends,
 * truncation, and now and then a byte that is not UTF-8.
 */
export function mutatedExample(designs: Array<{ path: string; text: string }>): fc.Arbitrary<Case> {
  return fc
    .record({
      design: fc.nat({ max: designs.length - 1 }),
      window: fc.option(fc.record({ start: fc.nat(), length: fc.integer({ min: 20, max: 160 }) }), { freq: 4 }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
      bad: badBytes,
    })
    .map(({ design, window, mutations, bad }) => {
      const d = designs[design];
      let source = d.text;
      if (window) {
        const lines = source.split('\n');
        const start = window.start % lines.length;
        // Keep the title and the Metadata table, as a trimmed design would.
        source = [...lines.slice(0, 16), ...lines.slice(Math.max(16, start), Math.max(16, start) + window.length)].join('\n');
      }
      for (const m of mutations) source = mutate(source, m);
      const what = `${d.path}${window ? ` lines 1-16 and ${window.start % d.text.split('\n').length + 1}+${window.length}` : ''}; ${JSON.stringify(mutations)}${bad.length ? `; bad bytes at ${bad.join(',')}` : ''}`;
      return { path: d.path, bytes: encode(source, bad), origin: `mutated ${what}` };
    });
}

const word = fc.constantFrom('refund', 'payment', 'ledger', 'export', 'Refund', 'Money', 'id', 'status', 'amount', 'x', '😀', 'ünïcode', 'a b', '', '<id>', '{id}', '#', '|');
const status = fc.constantFrom('draft', 'approved', 'in-review', 'superseded', 'finished-ish', '', '_(draft)_', 'Approved ✅');
const date = fc.constantFrom('2026-03-02', '2026-02-30', 'YYYY-MM-DD', '03/02/2026', '', '2999-01-01');
const ref = fc.constantFrom('#/components/schemas/Money', '#/components/schemas/Missing', '#/components/schemas', '#bad', './schemas/x.yaml', '../../../etc/passwd', '/etc/passwd', '~/.ssh/id_rsa', 'https://example.com/x.json', 'file:///etc/passwd', '');
const tsType = fc.constantFrom('string', 'number', 'boolean', 'Money', 'Missing', 'string | null', "'a' | 'b'", 'Money[]', 'Record<string, number>', '{ a: string }', 'Array<Array<string>>', '', ':');
const category = fc.constantFrom('Spoofing', 'Tampering', 'Repudiation', 'Information Disclosure', 'Denial of Service', 'Elevation of Privilege', 'Spoofng', 'Injection', '', 'S, T');
const rating = fc.constantFrom('High', 'Medium', 'Low', 'high', 'Critical', '', 'H');
const target = fc.constantFrom('99.9%', '99.95%', '100%', '1000%', '< 200ms', 'p99 < 1s', 'abc', '', '99,9 %');
const metric = fc.constantFrom('refunds.created', 'refunds_created_total', 'Refunds Created', 'http.server.duration', '`refunds.outbox.lag`', '');

/** A nested value `depth` levels deep, in flow style. */
const nested = (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A fence around `body`, possibly in a list item or a blockquote. */
function fence(lang: string, body: string, wrap: string): string {
  const text = [`\`\`\`${lang}`, ...body.split('\n'), '```'].join('\n');
  return wrap ? text.split('\n').map((l) => wrap + l).join('\n') : text;
}

/**
 * A generated design with every artifact: a Metadata table, an OpenAPI fragment (paths,
 * responses, $refs of every kind, sometimes nested past the limit), TypeScript types, Gherkin
 * scenarios, a STRIDE table, SLO, metrics and alert tables, checklists; headings numbered or
 * not, sections in any order, fences in lists and quotes, CRLF now and then.
 */
export function generatedDesign(): fc.Arbitrary<Case> {
  return fc
    .record({
      title: fc.constantFrom('# Technical Design: Refunds', '# Design — 😀 Émoji', '# 1. Payments', ''),
      numbered: fc.boolean(),
      status,
      created: date,
      contract: fc.constantFrom('[OUTCOME-CONTRACT.md](./OUTCOME-CONTRACT.md)', '[c](../../../../etc/c.md)', 'OUTCOME-CONTRACT.md', '[c](https://wiki.example.com/c)', ''),
      ops: fc.array(fc.record({ path: word, method: fc.constantFrom('get', 'post', 'delete', 'GET', 'x'), id: word, codes: fc.array(fc.constantFrom('200', '201', '404', '429', '500', 'default', 'abc'), { maxLength: 3 }), ref }), { maxLength: 4 }),
      depth: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 90 }) }),
      props: fc.array(fc.record({ name: word, type: tsType, optional: fc.boolean() }), { maxLength: 5 }),
      steps: fc.array(fc.tuple(fc.constantFrom('Given', 'When', 'Then', 'And', 'But', 'Givn', '*', 'Examples:', 'Scenario:', '|'), word), { maxLength: 6 }),
      threats: fc.array(fc.tuple(word, category, rating, rating, word), { maxLength: 3 }),
      slos: fc.array(fc.tuple(word, fc.constantFrom('availability', 'latency p95', 'x'), target, target, target), { maxLength: 3 }),
      metrics: fc.array(fc.tuple(metric, fc.constantFrom('counter', 'histogram', 'gauge', 'sum', ''), word), { maxLength: 3 }),
      alerts: fc.array(fc.tuple(word, target, fc.constantFrom('P1', 'P2', 'P5', ''), fc.constantFrom('[RB](./rb.md)', '[RB](https://rb.example.com)', '[RB](file:///rb.md)', '')), { maxLength: 2 }),
      wrap: fc.constantFrom('', '', '', '> ', '- ', '1. ', '   '),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      crlf: fc.boolean(),
    })
    .map((g) => {
      const h = (n: number, name: string) => `## ${g.numbered ? `${n}. ` : ''}${name}`;
      const openapi = [
        'openapi: 3.0.3',
        'info: {title: Refunds, version: "1"}',
        'paths:',
        ...g.ops.flatMap((o, i) => [
          `  /${o.path}/{id}:`,
          `    ${o.method}:`,
          `      operationId: ${JSON.stringify(o.id + i)}`,
          '      responses:',
          ...(o.codes.length ? o.codes.map((c) => `        '${c}': {description: ${JSON.stringify(o.id)}}`) : ['        {}']),
          `      requestBody: {content: {application/json: {schema: {$ref: '${o.ref}'}}}}`,
        ]),
        'components:',
        '  schemas:',
        '    Money: {type: object, properties: {amount: {type: integer}}}',
        ...(g.depth ? [`    Deep: ${nested(g.depth)}`] : []),
      ].join('\n');
      const ts = [`export interface Money { amount: number }`, `export interface Refund {`, ...g.props.map((p) => `  ${p.name}${p.optional ? '?' : ''}: ${p.type};`), '}'].join('\n');
      const gherkin = ['Scenario: A refund', ...g.steps.map(([k, w]) => `  ${k} ${w}`)].join('\n');
      const sections = [
        `${h(2, 'API Contracts')}\n\n${fence('yaml', openapi, g.wrap)}`,
        `${h(3, 'Interface Contracts Between Streams')}\n\n${table(['From Stream', 'To Stream', 'Interface', 'Contract'], [['a', 'b', 'Kafka', '`RefundCreated`']])}\n\n### Shared Type Definitions\n\n${fence('ts', ts, g.wrap)}`,
        `${h(4, 'Behavioral Specifications')}\n\n### Behavior 1: Refunds\n\n**Relates to:** criterion #1\n\n${fence('gherkin', gherkin, g.wrap)}`,
        `${h(5, 'Security Threat Model')}\n\n### Assets at Risk\n\n${table(['Asset', 'Classification', 'Exposure'], [['refunds', 'confidential', 'API']])}\n\n### Threat Analysis\n\n${table(['Threat', 'Category (STRIDE)', 'Likelihood', 'Impact', 'Mitigation'], g.threats)}`,
        `${h(6, 'Performance Budgets')}\n\n${table(['Component', 'Metric', 'Budget', 'Measurement Method'], [['API', 'p95 latency', '< 200ms', 'load test']])}`,
        `${h(7, 'Observability Design')}\n\n### Metrics Design\n\n${table(['Metric Name', 'Type', 'Labels/Dimensions', 'Description'], g.metrics)}\n\n### Health Targets / SLOs\n\n${table(['Component', 'SLO Type', 'Target', 'Error Budget', 'Burn Rate Alert Threshold'], g.slos)}\n\n### Alerting Plan\n\n${table(['Alert', 'Condition', 'Severity', 'Runbook', 'Routing'], g.alerts.map((a) => [...a, 'on-call paging']))}`,
        `${h(8, 'Open Questions')}\n\n${table(['#', 'Question', 'Owner', 'Target Date', 'Resolution'], [['1', 'Which store?', 'Lead', g.created, '']])}`,
        `${h(9, 'Design Review Checklist')}\n\n- [x] API contracts complete\n- [ ] Threat model reviewed`,
      ];
      const ordered = sections.map((s, i) => ({ s, k: g.order[i] })).sort((a, b) => a.k - b.k).map((x) => x.s);
      const meta = table(['Field', 'Value'], [['**Status**', g.status], ['**Created**', g.created], ['**Outcome contract**', g.contract]]);
      let doc = [g.title, '', h(1, 'Metadata'), '', meta, '', ...ordered.flatMap((s) => [s, '']), ''].join('\n');
      if (g.crlf) doc = doc.replace(/\n/g, '\r\n');
      return { path: 'docs/generated/TECHNICAL-DESIGN.md', bytes: Buffer.from(doc, 'utf8'), origin: `generated ${JSON.stringify(g)}` };
    });
}

/** Every kind of case: mostly mutated examples, a third generated designs. */
export function anyCase(): fc.Arbitrary<Case> {
  const designs = exampleDesigns();
  return fc.oneof({ weight: 2, arbitrary: mutatedExample(designs) }, { weight: 1, arbitrary: generatedDesign() });
}
