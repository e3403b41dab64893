import { definePlugin, type Plugin, type Rule } from '@design-check/core';
import { approvedComplete } from './rules/approved-complete.js';
import { emptySections } from './rules/empty-sections.js';
import { localLinks } from './rules/local-links.js';
import { metadata } from './rules/metadata.js';
import { metadataDates } from './rules/metadata-dates.js';
import { metadataStatus } from './rules/metadata-status.js';
import { metadataStatusSpelling } from './rules/metadata-status-spelling.js';
import { metadataFutureDates } from './rules/metadata-future-dates.js';
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
  metadataStatusSpelling,
  metadataDates,
  metadataFutureDates,
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

/** The `structure` plugin: sections, metadata, placeholders, tables, lifecycle and links. */
export const structure: Plugin = definePlugin({
  name: 'structure',
  rules,
  recommended: {
    'structure/required-sections': { level: 'error', why: "Reviewers rely on every template section being there, even when it says \"N/A\"." },
    'structure/section-order': { level: 'off', why: 'Order helps reading but a reordered document is still complete: strict only.' },
    'structure/metadata': { level: 'error', why: 'Mission ID, Status, Author and Created tie the design to its mission and lifecycle.' },
    'structure/metadata-status': { level: 'error', why: 'Tools and humans act on Status; an unknown value means nobody knows the state.' },
    'structure/metadata-status-spelling': { level: 'warn', why: '`In Review` is read as in-review, but tools and searches look for the template\'s value; the fix converges documents.' },
    'structure/metadata-dates': { level: 'error', why: '2026-02-30, or an approval or update before creation, is a typo that misleads audits.' },
    'structure/metadata-future-dates': { level: 'warn', why: 'A Created or Approved date after today is most likely a typo, but the document still reads.' },
    'structure/no-placeholders': { level: 'error', why: 'A left-over `[Mission Name]` or TBD means the design is not finished.' },
    'structure/table-cell-count': { level: 'error', why: 'A stray `|` shifts every following cell and silently drops content when rendered.' },
    'structure/approved-complete': { level: 'error', why: "\"Approved\" must mean the checklist was done and each open question is resolved or owned with a date ahead, as the template's checklist asks." },
    'structure/open-questions': { level: 'error', why: 'An open question without an owner or a date never gets answered.' },
    'structure/open-question-overdue': { level: 'warn', why: 'A passed target date needs attention, but is not a defect of the document itself.' },
    'structure/superseded-successor': { level: 'error', why: 'A superseded design must send its reader to the one that replaced it.' },
    'structure/revision-history': { level: 'error', why: 'The history is the audit trail; out-of-order entries make it useless.' },
    'structure/local-links': { level: 'error', why: 'Broken links to the brief, outcome contract or ADRs break the review trail.' },
    'structure/empty-sections': { level: 'warn', why: 'An empty section is usually forgotten work, sometimes a deliberate stub.' },
  },
  strict: {
    'structure/approved-complete': { level: ['error', { openQuestions: 'resolved' }], why: 'An approved design leaves no question open, owned or not.' },
    'structure/section-order': { level: 'error', why: 'A design in template order reads like every other design the reviewers see.' },
    'structure/empty-sections': { level: 'error', why: 'A finished design has no empty section; write "N/A" and why.' },
  },
});

export default structure;
export {
  approvedComplete,
  emptySections,
  localLinks,
  metadata,
  metadataDates,
  metadataStatus,
  metadataStatusSpelling,
  metadataFutureDates,
  noPlaceholders,
  openQuestionOverdue,
  openQuestions,
  requiredSections,
  revisionHistory,
  sectionOrder,
  supersededSuccessor,
  tableCellCount,
};
