/** Small design documents for rule tests: lines of markdown and where each line lands. */

/** A markdown document and a finder of (line, column) of a text in it. */
export interface TestDoc {
  code: string;
  /** 1-based line and column of the `nth` (default first) occurrence of `text`. */
  at(text: string, nth?: number): { line: number; column: number };
}

/** Join lines into a document with a position finder. */
export function doc(...lines: string[]): TestDoc {
  const code = `${lines.join('\n')}\n`;
  return {
    code,
    at(text, nth = 1) {
      let seen = 0;
      for (let i = 0; i < lines.length; i++) {
        let from = 0;
        for (let c = lines[i].indexOf(text, from); c >= 0; c = lines[i].indexOf(text, from)) {
          if (++seen === nth) return { line: i + 1, column: c + 1 };
          from = c + 1;
        }
      }
      throw new Error(`"${text}" is not in the document`);
    },
  };
}

/** A table: header names and rows of cells. */
export function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export const SLO_HEADER = ['Component', 'SLO Type', 'Target', 'Error Budget', 'Burn Rate Alert Threshold'];
export const METRIC_HEADER = ['Metric Name', 'Type', 'Labels/Dimensions', 'Description'];
export const SPAN_HEADER = ['Component', 'Span Name', 'Type', 'Attributes', 'Notes'];
export const ALERT_HEADER = ['Alert', 'Condition', 'Severity', 'Routing', 'Runbook'];
export const DASHBOARD_HEADER = ['Dashboard', 'Key Visualizations', 'Audience', 'Auto-Created'];
export const BUDGET_HEADER = ['Component', 'Metric', 'Budget', 'Measurement Method'];
export const LOAD_HEADER = ['Scenario', 'Concurrent users', 'Duration', 'Success criteria'];
export const BASELINE_HEADER = ['Component', 'Metric', 'Current Value', 'Source Dashboard', 'Risk if Degraded'];

/** The line that declares the template's required dimensions for every metric. */
export const REQUIRED_DIMENSIONS = '- [x] Required dimensions include: `service.name`, `service.version`, `division`';

/** `## Observability Design` with subsections, each `[title, lines]`. */
export function observability(...subsections: Array<[string, string[]]>): string[] {
  return ['## Observability Design', '', ...subsections.flatMap(([title, lines]) => [`### ${title}`, '', ...lines, ''])];
}

/** `## Performance Budgets` with its table and, optionally, a Load Test Plan. */
export function performance(budgets: string[][], loads?: string[][]): string[] {
  return ['## Performance Budgets', '', ...table(BUDGET_HEADER, budgets), '', ...(loads ? ['### Load Test Plan', '', ...table(LOAD_HEADER, loads), ''] : [])];
}

/** A design whose only observability table is Health Targets / SLOs with these rows. */
export function slos(rows: string[][], header = SLO_HEADER): TestDoc {
  return doc(...observability(['Health Targets / SLOs', table(header, rows)]));
}

/** A design whose only observability table is Metrics Design with these rows (and, by default, the required dimensions declared). */
export function metrics(rows: string[][], after: string[] = [REQUIRED_DIMENSIONS], header = METRIC_HEADER): TestDoc {
  return doc(...observability(['Metrics Design', [...table(header, rows), '', ...after]]));
}

/** A design whose only observability table is the Alerting Plan with these rows. */
export function alerts(rows: string[][], header = ALERT_HEADER): TestDoc {
  return doc(...observability(['Alerting Plan', table(header, rows)]));
}
