/**
 * What design-check knows of the technical design template: its sections and their other
 * names, the Metadata table and its fields, the statuses, and what a left-over placeholder
 * looks like. Every plugin reads the template through this module.
 */
import type { DesignDoc } from './model/document.js';
import { defineModel } from './model/define-model.js';
import type { MetadataEntry, Section, Table, TableCell } from './model/nodes.js';
import { nameMatches, normalizeName, readableText, type TextNode } from './model/text.js';

/** A section name, or several names that all count as that section (the template's first). */
export type SectionSpec = string | readonly string[];

/** The template's sections and subsections, with the names teams also give them. */
export const SECTION = {
  metadata: 'Metadata',
  contextAndGoals: 'Context & Goals',
  apiContracts: 'API Contracts',
  dataModel: 'Data Model',
  interfaceContracts: ['Interface Contracts Between Streams', 'Interface Contracts'],
  sharedTypes: ['Shared Type Definitions', 'Shared Types'],
  behavioralSpecifications: [
    'Behavioral Specifications',
    'Behavioural Specifications',
    'Behavior Specifications',
    'Behaviour Specifications',
    'Behavioral Specification',
    'Behavioural Specification',
    'Behavior Specification',
    'Behaviour Specification',
  ],
  errorScenarios: ['Error & Edge Case Scenarios', 'Error and Edge Case Scenarios', 'Error Scenarios', 'Edge Case Scenarios', 'Error and Edge Cases', 'Edge Cases', 'Error Cases', 'Failure Scenarios'],
  securityThreatModel: ['Security Threat Model', 'Threat Model'],
  assetsAtRisk: ['Assets at Risk', 'Assets'],
  threatAnalysis: ['Threat Analysis', 'Threats', 'STRIDE Analysis'],
  securityControls: 'Security Controls',
  performanceBudgets: ['Performance Budgets', 'Performance Budget'],
  loadTestPlan: ['Load Test Plan', 'Load Testing'],
  observabilityDesign: 'Observability Design',
  productionBaseline: ['Production Baseline', 'Baseline'],
  instrumentationPlan: ['Instrumentation Plan', 'Instrumentation', 'Tracing'],
  metricsDesign: ['Metrics Design', 'Metrics'],
  healthTargets: ['Health Targets / SLOs', 'Health Targets', 'SLOs', 'Service Level Objectives'],
  dashboardSpecification: ['Dashboard Specification', 'Dashboards'],
  alertingPlan: ['Alerting Plan', 'Alerting', 'Alerts'],
  observabilityCoverage: ['Observability Coverage Checklist', 'Observability Coverage'],
  architectureDecisions: ['Architecture Decisions', 'Architecture Decision Records'],
  openQuestions: 'Open Questions',
  designReviewChecklist: 'Design Review Checklist',
  revisionHistory: 'Revision History',
} as const satisfies Record<string, SectionSpec>;

/** The required top-level sections of the template, in order. */
export const TEMPLATE_SECTIONS: readonly SectionSpec[] = [
  SECTION.metadata,
  SECTION.contextAndGoals,
  SECTION.apiContracts,
  SECTION.dataModel,
  SECTION.interfaceContracts,
  SECTION.behavioralSpecifications,
  SECTION.securityThreatModel,
  SECTION.performanceBudgets,
  SECTION.observabilityDesign,
  SECTION.architectureDecisions,
  SECTION.openQuestions,
  SECTION.designReviewChecklist,
];

/** Sections that may be left out but, when present, have a place in the order. */
export const OPTIONAL_SECTIONS: readonly SectionSpec[] = [SECTION.revisionHistory];

/** The display name of a section spec (its first name). */
export function specName(spec: SectionSpec): string {
  return typeof spec === 'string' ? spec : spec[0];
}

/** The names of a section spec. */
export function specNames(spec: SectionSpec): string[] {
  return typeof spec === 'string' ? [spec] : [...spec];
}

/** True when a heading names the section (tolerant of case, numbering and trailing words). */
export function headingNames(heading: string, spec: SectionSpec): boolean {
  return specNames(spec).some((n) => nameMatches(heading, n));
}

/** The section of the document that `spec` names; with `within`, only below that section. */
export function findTemplateSection(doc: DesignDoc, spec: SectionSpec, within?: Section): Section | undefined {
  return doc.findSection(specNames(spec), within);
}

/**
 * The tables of a template section, found by the section's name and, where the section has
 * several, by a header cell they must have. `within` narrows the search to a parent section.
 */
export function tablesOf(doc: DesignDoc, spec: SectionSpec, options: { within?: SectionSpec; header?: string } = {}): Table[] {
  const parent = options.within ? findTemplateSection(doc, options.within) : undefined;
  if (options.within && !parent) return [];
  const section = findTemplateSection(doc, spec, parent);
  if (!section) return [];
  const tables = doc.tablesIn(section);
  return options.header ? tables.filter((t) => t.columnIndex(options.header!) >= 0) : tables;
}

// ---- Metadata -------------------------------------------------------------------------------

/** The Metadata fields that a design must fill in. */
export const REQUIRED_METADATA = ['Mission ID', 'Status', 'Author', 'Created'] as const;

/** The statuses of the template, in lifecycle order. */
export const STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;

/**
 * The Metadata section's key/value rows, keyed by normalised field name. When the section
 * splits its fields over several tables (`### Identity`, `### Lifecycle`), the rows of all of
 * them, the first row of a name winning.
 */
export const metadataOf = defineModel('template/metadata', (doc): Map<string, MetadataEntry> => {
  const out = new Map<string, MetadataEntry>();
  const section = findTemplateSection(doc, SECTION.metadata);
  const rows = section ? doc.tablesIn(section).flatMap((t) => t.rows) : [];
  for (const row of rows) {
    const keyCell = row.cells[0];
    if (!keyCell || !keyCell.text) continue;
    const key = normalizeName(keyCell.text);
    if (!out.has(key)) out.set(key, { key: keyCell.text, keyCell, value: row.cells[1], row });
  }
  return out;
});

/** The first table of the Metadata section. */
export function metadataTable(doc: DesignDoc): Table | undefined {
  const section = findTemplateSection(doc, SECTION.metadata);
  return section ? doc.tablesIn(section)[0] : undefined;
}

/**
 * The Metadata row named `field`: exact (after normalisation) first, then with trailing words
 * (`Created on`), but never a `… by` row (`Approved by` is a person, not the Approved date).
 */
export function metadataField(doc: DesignDoc, field: string): MetadataEntry | undefined {
  const meta = metadataOf(doc);
  const wanted = normalizeName(field);
  const exact = meta.get(wanted);
  if (exact) return exact;
  for (const [key, entry] of meta) {
    if (nameMatches(key, field) && !key.slice(wanted.length).trim().startsWith('by')) return entry;
  }
  return undefined;
}

/** Every Metadata row whose key names a date (Created, Approved, Last updated, Target date, …). */
export function dateFields(doc: DesignDoc): MetadataEntry[] {
  return [...metadataOf(doc).entries()].filter(([key]) => isDateKey(key)).map(([, e]) => e);
}

function isDateKey(key: string): boolean {
  return /(?:^| )date(?: |$)/.test(key) || /^(?:created|approved|updated|last updated|last modified|reviewed|published)(?: on| at)?$/.test(key);
}

/** The Status row, its value cell and its status word. */
export interface StatusInfo {
  entry: MetadataEntry;
  cell: TableCell;
  /** The status word, normalised: lower case, `In Review` → `in-review`. */
  value: string;
  /** What follows the status word in the cell (`by [v2](…)`, `(2026-03-16)`). */
  rest: string;
}

/** Normalise a status as written: case, `In Review` / `in_review` → `in-review`. */
export function normalizeStatus(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^in[ _-]review\b/, 'in-review');
}

/**
 * Split a status cell into its leading status word and the rest. Leading symbols (`✅ approved`)
 * and a closing full stop (`approved.`) are not part of the word.
 */
export function splitStatus(text: string): { value: string; rest: string } {
  const s = normalizeStatus(text.replace(/^[^\p{L}\p{N}]+/u, ''));
  const word = /^[^\s,;:()|/<]+/.exec(s)?.[0] ?? '';
  const value = word.replace(/[.!]+$/, '');
  return { value, rest: s.slice(value.length).trim() };
}

/** Read the Status field (struck-through words left out), or undefined when absent or empty. */
export function readStatus(doc: DesignDoc): StatusInfo | undefined {
  const entry = metadataField(doc, 'Status');
  const cell = entry?.value;
  if (!entry || !cell || !cell.text.trim()) return undefined;
  const node = entry.row.node.children[entry.row.cells.indexOf(cell)] as unknown as TextNode | undefined;
  const live = node ? readableText(node) : cell.text;
  return { entry, cell, ...splitStatus(live || cell.text) };
}

/** True when the document's Status is `status`. */
export function hasStatus(doc: DesignDoc, status: string): boolean {
  return readStatus(doc)?.value === status;
}

// ---- Placeholders ---------------------------------------------------------------------------

const ITALIC_PAREN = /^([_*])\(.*\)\1$/s;
const BRACKET_TOKEN = /^\[[^\]]+\](?![([])$/;
const MARKERS = /\b(?:TBD|TODO|FIXME)\b|YYYY-MM-DD/;

/** True when a cell or value says nothing: empty, or only dashes. */
export function isBlank(text: string | undefined): boolean {
  return !text || /^[\s\-–—]*$/.test(text);
}

/** True when raw markdown is a template placeholder: `_(…)_`, `[Name]`, `YYYY-MM-DD`, TBD, TODO. */
export function isPlaceholder(raw: string | undefined): boolean {
  if (!raw) return false;
  const s = raw.trim();
  return ITALIC_PAREN.test(s) || BRACKET_TOKEN.test(s) || MARKERS.test(s);
}

/** True when a cell is missing, blank or still a placeholder. */
export function isUnfilled(cell: TableCell | undefined): boolean {
  return !cell || isBlank(cell.text) || isPlaceholder(cell.raw);
}
