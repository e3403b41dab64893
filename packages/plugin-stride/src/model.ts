import {
  defineModel,
  findTemplateSection,
  isBlank,
  SECTION,
  type DesignDoc,
  type Section,
  type Table,
  type TableCell,
  type TableRow,
} from '@design-check/core';
import { splitCategories, type CategoryEntry } from './categories.js';
import { ASSET_COLUMNS, resolveColumns, THREAT_COLUMNS, type Columns } from './columns.js';
import { misnamedControl, readControls, type ControlItem } from './controls.js';

/** A table of the threat model with the column of each role. */
export interface RoleTable<R extends string> {
  table: Table;
  columns: Columns<R>;
}

/** A row of an Assets at Risk table. */
export interface AssetRow {
  row: TableRow;
  table: RoleTable<keyof typeof ASSET_COLUMNS>;
  asset?: TableCell;
  classification?: TableCell;
  exposure?: TableCell;
}

/** A row of a Threat Analysis table. */
export interface ThreatRow {
  row: TableRow;
  table: RoleTable<keyof typeof THREAT_COLUMNS>;
  threat?: TableCell;
  category?: TableCell;
  likelihood?: TableCell;
  impact?: TableCell;
  risk?: TableCell;
  mitigation?: TableCell;
  asset?: TableCell;
  /** The entries of the Category cell. */
  categories: CategoryEntry[];
  /** The row says that its category does not apply (`N/A`, `Not applicable: no user actions`). */
  notApplicable: boolean;
}

/** The Security Threat Model of a design, parsed once per document. */
export interface ThreatModel {
  /** The Security Threat Model section (or, without one, the first of its subsections found). */
  section?: Section;
  /** The section holds no table and says that it does not apply. */
  notApplicable: boolean;
  assetsSection?: Section;
  threatsSection?: Section;
  controlsSection?: Section;
  assetTables: RoleTable<keyof typeof ASSET_COLUMNS>[];
  assets: AssetRow[];
  threatTables: RoleTable<keyof typeof THREAT_COLUMNS>[];
  threats: ThreatRow[];
  controls: ControlItem[];
}

const NOT_APPLICABLE = /^\W*(?:n\/?a\b|not applicable|does not apply|none identified|no (?:new |known |relevant )?(?:threats?|attack surface)\b|out of scope)/i;
const inside = (s: Section | undefined, line: number) => !!s && line >= s.line && line <= s.lastLine;

function threatRow(row: TableRow, table: RoleTable<keyof typeof THREAT_COLUMNS>): ThreatRow {
  const cell = (i: number) => (i >= 0 ? row.cells[i] : undefined);
  const c = table.columns;
  const out: ThreatRow = {
    row,
    table,
    threat: cell(c.threat),
    category: cell(c.category),
    likelihood: cell(c.likelihood),
    impact: cell(c.impact),
    risk: cell(c.risk),
    mitigation: cell(c.mitigation),
    asset: cell(c.asset),
    categories: cell(c.category) ? splitCategories(cell(c.category)!.raw) : [],
    notApplicable: false,
  };
  // A row whose category does not apply: its Threat says so, or its ratings are all `n/a` or `-`
  // and its Mitigation says why (`Not applicable: delivery is one-way`), not just `n/a`.
  const ratings = [out.likelihood, out.impact, out.risk].filter((r) => r !== undefined);
  const unrated = ratings.length > 0 && ratings.every((r) => isBlank(r.text) || /^\W*n\/?a\W*$/i.test(r.text));
  const says = (x: TableCell | undefined) => !!x && NOT_APPLICABLE.test(x.text) && !/^\W*n\/?a\W*$/i.test(x.text);
  out.notApplicable = NOT_APPLICABLE.test(out.threat?.text ?? '') || (unrated && says(out.mitigation));
  return out;
}

/** A row with content: not empty, and not a group label (`| **Public API** | | | |`). */
function filled(row: TableRow): boolean {
  const full = row.cells.filter((c) => !isBlank(c.text));
  return full.length > 1 || (full.length === 1 && !(full[0] === row.cells[0] && /^(\*\*|__).*\1$/.test(full[0].raw)));
}

/**
 * The threat tables among the threat model's tables: under Threat Analysis, a table with a
 * Threat or Category column; elsewhere, one with a Category and a Threat or Mitigation column.
 * A table that also rates or mitigates is preferred, so that a STRIDE legend
 * (`| Letter | Category | Description |`) next to the threat table is not taken for it.
 */
function threatTablesOf(tables: Table[], threatsSection: Section | undefined): RoleTable<keyof typeof THREAT_COLUMNS>[] {
  const found = tables.map((table) => ({ table, columns: resolveColumns(table, THREAT_COLUMNS) }));
  const candidates = found.filter(({ table, columns: t }) => (inside(threatsSection, table.line) ? t.threat >= 0 || t.category >= 0 : t.category >= 0 && (t.threat >= 0 || t.mitigation >= 0)));
  const strong = candidates.filter(({ columns: t }) => t.mitigation >= 0 || t.likelihood >= 0 || t.impact >= 0 || t.risk >= 0);
  return strong.length ? strong : candidates;
}

function build(doc: DesignDoc): ThreatModel {
  const section = findTemplateSection(doc, SECTION.securityThreatModel);
  const sub = (spec: string | readonly string[]) => findTemplateSection(doc, spec, section);
  const assetsSection = sub(SECTION.assetsAtRisk);
  const threatsSection = sub(SECTION.threatAnalysis);
  const controlsSection = sub(SECTION.securityControls);
  const model: ThreatModel = { section: section ?? threatsSection ?? assetsSection, notApplicable: false, assetsSection, threatsSection, controlsSection, assetTables: [], assets: [], threatTables: [], threats: [], controls: [] };
  const pool = section ? doc.tablesIn(section) : doc.tables.filter((t) => inside(assetsSection, t.line) || inside(threatsSection, t.line) || inside(controlsSection, t.line));
  const threatTables = threatTablesOf(pool.filter((t) => !inside(controlsSection, t.line)), threatsSection);
  for (const table of pool) {
    if (inside(controlsSection, table.line)) continue;
    const threat = threatTables.find((t) => t.table === table);
    const asset = { table, columns: resolveColumns(table, ASSET_COLUMNS) };
    const isAssets = !threat && asset.columns.asset >= 0 && (inside(assetsSection, table.line) || asset.columns.classification >= 0);
    if (threat) {
      model.threatTables.push(threat);
      for (const row of table.rows) if (filled(row)) model.threats.push(threatRow(row, threat));
    } else if (isAssets) {
      model.assetTables.push(asset);
      const c = asset.columns;
      const cell = (row: TableRow, i: number) => (i >= 0 ? row.cells[i] : undefined);
      for (const row of table.rows) {
        if (filled(row)) model.assets.push({ row, table: asset, asset: cell(row, c.asset), classification: cell(row, c.classification), exposure: cell(row, c.exposure) });
      }
    }
  }
  if (controlsSection) model.controls = readControls(doc, controlsSection, doc.tablesIn(controlsSection));
  // Without a Security Controls heading, the controls are a list of the threat model itself
  // ("Security controls:" and a list): its items that name a control.
  else if (section) model.controls = readControls(doc, section, []).filter((c) => c.control || misnamedControl(c.label));
  if (section && !pool.length) {
    const text = doc.lines.slice(section.line, section.lastLine).join(' ');
    model.notApplicable = /\b(?:n\/a|not applicable|no new attack surface|does not apply)\b/i.test(text);
  }
  return model;
}

/** The threat model of a document: its tables and controls found and read once. */
export const threatModelOf = defineModel('stride/threat-model', build);

/** `appliesTo` of every stride rule: the document has a threat model (or one of its parts). */
export function appliesTo(doc: DesignDoc): boolean {
  return !!threatModelOf(doc).section;
}
