import { nameMatches, normalizeName, type DesignDoc, type MetadataEntry } from '@design-check/core';

/**
 * The Metadata row named `field`: exact (after normalisation) first, then with trailing words
 * (`Created on`), but never a `… by` row (`Approved by` is a person, not the Approved date).
 */
export function findField(doc: DesignDoc, field: string): MetadataEntry | undefined {
  const wanted = normalizeName(field);
  const exact = doc.metadata.get(wanted);
  if (exact) return exact;
  for (const [key, entry] of doc.metadata) {
    if (nameMatches(key, field) && !key.slice(wanted.length).trim().startsWith('by')) return entry;
  }
  return undefined;
}

/** Every Metadata row whose key names a date (Created, Approved, Last updated, Target date, …). */
export function dateFields(doc: DesignDoc): MetadataEntry[] {
  return [...doc.metadata.entries()].filter(([key]) => isDateKey(key)).map(([, e]) => e);
}

function isDateKey(key: string): boolean {
  return /(?:^| )date(?: |$)/.test(key) || /^(?:created|approved|updated|last updated|last modified|reviewed|published)(?: on| at)?$/.test(key);
}
