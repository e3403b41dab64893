/** The columns of the threat model's tables and the header names teams give them. */
import { nameMatches, normalizeName, type Table } from '@design-check/core';

/** Header names of each column of the Assets at Risk table, the template's first. */
export const ASSET_COLUMNS = {
  asset: ['Asset', 'Assets', 'Data asset', 'Information asset', 'Resource'],
  classification: ['Classification', 'Data classification', 'Sensitivity', 'Data class', 'Class'],
  exposure: ['Exposure', 'Exposed via', 'Exposed through', 'Exposed in', 'Attack surface', 'Exposure points', 'Entry points', 'Where exposed', 'Where it lives', 'Stored in', 'Location'],
} as const;

/**
 * Header names of each column of the Threat Analysis table, the template's first. `Risk`
 * stands for both ratings in tables that rate a threat once; `Asset` is an optional column
 * naming what the threat is against.
 */
export const THREAT_COLUMNS = {
  category: ['Category', 'STRIDE', 'STRIDE category', 'Threat category', 'Category (STRIDE)', 'Threat type', 'Type'],
  likelihood: ['Likelihood', 'Probability', 'Likeliness', 'Prob', 'L'],
  impact: ['Impact', 'Severity', 'Consequence', 'I'],
  risk: ['Risk', 'Risk rating', 'Risk level', 'Overall risk', 'Inherent risk'],
  mitigation: ['Mitigation', 'Mitigations', 'Mitigation / Control', 'Countermeasure', 'Countermeasures', 'Control', 'Controls', 'Treatment', 'Response'],
  asset: ['Asset', 'Assets', 'Affected asset', 'Affected assets', 'Target', 'Component'],
  threat: ['Threat', 'Threats', 'Threat description', 'Threat scenario', 'Scenario', 'Attack', 'Attack scenario', 'Description'],
} as const;

/** Header names of the columns of a Security Controls table. */
export const CONTROL_COLUMNS = {
  control: ['Control', 'Security control', 'Controls'],
  description: ['Description', 'Implementation', 'Approach', 'Mechanism', 'Details', 'How'],
  status: ['Status', 'Done', 'Implemented', 'In place', 'State'],
} as const;

/** The column index of each role (-1 when absent). */
export type Columns<R extends string> = Record<R, number>;

/**
 * The column of each role: every header is tried for an exact name first (for all roles), then
 * with trailing words (`Likelihood (L/M/H)`), and a column serves one role only, so `Threat
 * category` is the category and not the threat.
 */
export function resolveColumns<R extends string>(table: Table, roles: Record<R, readonly string[]>): Columns<R> {
  const out = {} as Columns<R>;
  const taken = new Set<number>();
  const keys = Object.keys(roles) as R[];
  for (const k of keys) out[k] = -1;
  const headers = table.header.map((h) => normalizeName(h.text));
  for (const loose of [false, true]) {
    for (const k of keys) {
      if (out[k] >= 0) continue;
      for (const name of roles[k]) {
        const i = headers.findIndex((h, j) => !taken.has(j) && (loose ? nameMatches(h, name) : h === normalizeName(name)));
        if (i < 0) continue;
        out[k] = i;
        taken.add(i);
        break;
      }
    }
  }
  return out;
}
