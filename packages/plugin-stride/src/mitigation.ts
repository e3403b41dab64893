/** What a Mitigation cell says: nothing, a placeholder, a bare acceptance of the risk, or a measure. */
import { isBlank, isPlaceholder, type TableCell } from '@design-check/core';

/** The kind of a Mitigation cell. */
export type MitigationKind = 'blank' | 'placeholder' | 'accepted' | 'measure';

const PLACEHOLDER = /^\W*(?:n\/?a|tbd|tbc|todo|fixme|to be (?:defined|decided|determined|confirmed)|\?+)(?:\W|$)/i;
const ACCEPTED = /^\W*(?:(?:risk\s+)?accept(?:ed|s|ing)?\b|none\b|no mitigation\b|nothing\b|won'?t fix\b|wontfix\b|ignored?\b)/i;

/** Read a Mitigation cell. */
export function mitigationKind(cell: TableCell | undefined): MitigationKind {
  if (!cell || isBlank(cell.text)) return 'blank';
  const text = cell.text.replace(/[*_`]/g, '');
  if (PLACEHOLDER.test(text) || /^([_*])\(.*\)\1$/s.test(cell.raw.trim())) return 'placeholder';
  if (ACCEPTED.test(text)) return 'accepted';
  return 'measure';
}

/** True when a placeholder mitigation is one that structure/no-placeholders reports (TBD, TODO, `_(…)_`). */
export function isTemplatePlaceholder(cell: TableCell): boolean {
  return isPlaceholder(cell.raw);
}

/**
 * True when a risk acceptance says who accepted it or where it was decided: a link, a ticket
 * (`RISK-12`), a handle (`@sec-lead`), `owner: …`, or `accepted by …`.
 */
export function hasOwnerOrLink(cell: TableCell): boolean {
  const raw = cell.raw;
  return /\]\(|\]\[|<https?:|https?:\/\//.test(raw) || /\b[A-Z][A-Z0-9]+-\d+\b/.test(raw) || /(?:^|\s)@[\w-]+/.test(raw) || /\bowner\s*[:=(]/i.test(raw) || /\b(?:accepted|signed off|approved|owned)\s+by\s+\S/i.test(cell.text);
}
