import type { Plugin, Rule, RulesConfig } from '@design-check/core';
import { approvedComplete } from './rules/approved-complete.js';
import { emptySections } from './rules/empty-sections.js';
import { localLinks } from './rules/local-links.js';
import { metadata } from './rules/metadata.js';
import { metadataDates } from './rules/metadata-dates.js';
import { metadataStatus } from './rules/metadata-status.js';
import { noPlaceholders } from './rules/no-placeholders.js';
import { openQuestionOverdue } from './rules/open-question-overdue.js';
import { openQuestions } from './rules/open-questions.js';
import { requiredSections } from './rules/required-sections.js';
import { revisionHistory } from './rules/revision-history.js';
import { sectionOrder } from './rules/section-order.js';
import { supersededSuccessor } from './rules/superseded-successor.js';
import { tableCellCount } from './rules/table-cell-count.js';

/** Every rule of the plugin, in the order of its docs. */
export const rules: Rule[] = [
  requiredSections,
  sectionOrder,
  metadata,
  metadataStatus,
  metadataDates,
  noPlaceholders,
  tableCellCount,
  approvedComplete,
  openQuestions,
  openQuestionOverdue,
  supersededSuccessor,
  revisionHistory,
  localLinks,
  emptySections,
];

/** The recommended severities; each line says why. */
export const recommended: RulesConfig = {
  // Reviewers rely on every template section being there, even when it says "N/A".
  'structure/required-sections': 'error',
  // Order helps reading but a reordered document is still complete: strict only.
  'structure/section-order': 'off',
  // Mission ID, Status, Author and Created tie the design to its mission and lifecycle.
  'structure/metadata': 'error',
  // Tools and humans act on Status; an unknown value means nobody knows the state.
  'structure/metadata-status': 'error',
  // 2026-02-30 or an approval before creation is a typo that misleads audits.
  'structure/metadata-dates': 'error',
  // A left-over `[Mission Name]` or TBD means the design is not finished.
  'structure/no-placeholders': 'error',
  // A stray `|` shifts every following cell and silently drops content when rendered.
  'structure/table-cell-count': 'error',
  // "Approved" must mean the checklist was done and no question is open.
  'structure/approved-complete': 'error',
  // An open question without an owner or a date never gets answered.
  'structure/open-questions': 'error',
  // A passed target date needs attention, but is not a defect of the document itself.
  'structure/open-question-overdue': 'warn',
  // A superseded design must send its reader to the one that replaced it.
  'structure/superseded-successor': 'error',
  // The history is the audit trail; out-of-order entries make it useless.
  'structure/revision-history': 'error',
  // Broken links to the brief, outcome contract or ADRs break the review trail.
  'structure/local-links': 'error',
  // An empty section is usually forgotten work, sometimes a deliberate stub.
  'structure/empty-sections': 'warn',
};

/** Recommended, plus the template order and no empty sections. */
export const strict: RulesConfig = {
  ...recommended,
  'structure/section-order': 'error',
  'structure/empty-sections': 'error',
};

/** The `structure` plugin: sections, metadata, placeholders, tables, lifecycle and links. */
export const structure: Plugin = {
  name: 'structure',
  rules,
  configs: { recommended, strict },
};

export default structure;
export {
  approvedComplete,
  emptySections,
  localLinks,
  metadata,
  metadataDates,
  metadataStatus,
  noPlaceholders,
  openQuestionOverdue,
  openQuestions,
  requiredSections,
  revisionHistory,
  sectionOrder,
  supersededSuccessor,
  tableCellCount,
};
