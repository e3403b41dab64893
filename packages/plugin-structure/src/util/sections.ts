import { nameMatches, normalizeName, type DesignDoc, type Section } from '@design-check/core';

/** A section name, or several names that all count as that section. */
export type SectionSpec = string | string[];

/** The sections of the template, in order (Revision History is optional). */
export const TEMPLATE_SECTIONS: SectionSpec[] = [
  'Metadata',
  'Context & Goals',
  'API Contracts',
  'Data Model',
  ['Interface Contracts Between Streams', 'Interface Contracts'],
  ['Behavioral Specifications', 'Behavioural Specifications'],
  ['Security Threat Model', 'Threat Model'],
  ['Performance Budgets', 'Performance Budget'],
  'Observability Design',
  ['Architecture Decisions', 'Architecture Decision Records'],
  'Open Questions',
  'Design Review Checklist',
];

/** Sections that may be left out but, when present, have a place in the order. */
export const OPTIONAL_SECTIONS: SectionSpec[] = ['Revision History'];

/** The display name of a spec (its first name). */
export function specName(spec: SectionSpec): string {
  return Array.isArray(spec) ? spec[0] : spec;
}

/**
 * The first heading that names `spec`: exact after normalisation first, then with trailing
 * words (`Security Threat Model (STRIDE)`). Any level counts, `#` included (some teams give
 * every section a `#` heading), except the document's title: when the first heading is a `#`
 * heading, it counts only when it names the section exactly (`# Metadata`, not
 * `# Metadata Catalog: Technical Design`).
 */
export function findHeading(doc: DesignDoc, spec: SectionSpec): Section | undefined {
  const names = Array.isArray(spec) ? spec : [spec];
  const first = doc.sections[0];
  const title = first?.depth === 1 ? first : undefined;
  const pool = doc.sections;
  for (const n of names) {
    const exact = pool.find((s) => s.name === normalizeName(n));
    if (exact) return exact;
  }
  for (const n of names) {
    const loose = pool.find((s) => s !== title && nameMatches(s.title, n));
    if (loose) return loose;
  }
  return undefined;
}

/** The last line of the document that holds any text (1 for an empty document). */
export function lastContentLine(doc: DesignDoc): number {
  for (let i = doc.lines.length - 1; i >= 0; i--) if (doc.lines[i].trim()) return i + 1;
  return 1;
}
