import type { Plugin } from '@design-check/core';
import openapi from '@design-check/plugin-openapi';
import structure from '@design-check/plugin-structure';
import remarkLint from 'remark-lint';
import type { PresetOptions } from './engine.js';
import { createPreset as createPresetFor, createRules, type DesignPreset, type DesignRules } from './preset.js';
import type { DesignPlugin } from './rule.js';

export type { PresetOptions, RemarkSetting } from './engine.js';
export type { DesignPreset, DesignRules } from './preset.js';
export type { DesignPlugin } from './rule.js';
export { createRules } from './preset.js';

/** The plugins the `design-check` CLI runs, in its order. */
export const defaultPlugins: Plugin[] = [structure, openapi];

const made = createRules(defaultPlugins);

/**
 * The lint rules of the default preset by design-check rule id, to configure one the remark
 * way in `.remarkrc.mjs` or code: `[rules['structure/empty-sections'], ['error']]`.
 */
export const rules: Record<string, DesignPlugin> = made.rules;

function rule(id: string): DesignPlugin {
  const found = rules[id];
  if (!found) throw new Error(`remark-preset-lint-design: the design-check plugins have no rule "${id}"`);
  return found;
}

/**
 * A preset with other plugins or explicit options (a config path or object, a project root):
 * `createPreset({ config: './design-check.config.json' })`.
 */
export function createPreset(options: PresetOptions & { plugins?: Plugin[] } = {}): DesignPreset & DesignRules {
  return createPresetFor({ ...options, plugins: options.plugins ?? defaultPlugins });
}

/**
 * remark-preset-lint-design: every design-check rule as a remark-lint rule, reporting what
 * `design-check` reports. Severities come from the design-check config found upward from each
 * file (or `settings.designCheck.config`); each entry says why it is here.
 */
const preset: DesignPreset = {
  plugins: [
    // The base of every lint preset: `<!-- lint disable -->` comments for other remark-lint rules.
    remarkLint,
    // Runs design-check once per file (one parse, each engine once); the rules below share it.
    made.runner,

    // Reviewers rely on every template section being there, even when it says "N/A".
    rule('structure/required-sections'),
    // A document in template order reads like every other design (strict only).
    rule('structure/section-order'),
    // Mission ID, Status, Author and Created tie the design to its mission and lifecycle.
    rule('structure/metadata'),
    // Tools and humans act on Status; an unknown value means nobody knows the state.
    rule('structure/metadata-status'),
    // An impossible date, or an approval before creation, misleads audits.
    rule('structure/metadata-dates'),
    // A left-over `[Mission Name]` or TBD means the design is not finished.
    rule('structure/no-placeholders'),
    // A stray `|` shifts every following cell and silently drops content.
    rule('structure/table-cell-count'),
    // "Approved" must mean the checklist was done and no question is open.
    rule('structure/approved-complete'),
    // An open question without an owner or a date never gets answered.
    rule('structure/open-questions'),
    // A passed target date needs attention before the design moves on.
    rule('structure/open-question-overdue'),
    // A superseded design must send its reader to the one that replaced it.
    rule('structure/superseded-successor'),
    // The revision history is the audit trail; it must be in order.
    rule('structure/revision-history'),
    // Broken links to the brief, outcome contract or ADRs break the review trail.
    rule('structure/local-links'),
    // An empty section is usually forgotten work.
    rule('structure/empty-sections'),

    // A fragment that does not parse cannot be checked at all.
    rule('openapi/yaml-syntax'),
    // Two fragments that disagree leave the contract ambiguous.
    rule('openapi/fragment-conflict'),
    // Remote and out-of-project refs are untrusted and never followed.
    rule('openapi/external-ref'),
    // A dangling $ref is a contract nobody can implement.
    rule('openapi/unresolved-ref'),
    // Generated clients and docs key operations by operationId.
    rule('openapi/operation-id-unique'),
    // An undeclared path parameter breaks every generator.
    rule('openapi/path-params-declared'),
    // OpenAPI requires a description on every response.
    rule('openapi/response-description'),
    // Redocly's recommended rules, each finding with its engine id.
    rule('openapi/redocly'),
    // Spectral's oas ruleset, each finding with its engine id.
    rule('openapi/spectral'),

    // An inline design-check-disable that suppresses nothing should be removed.
    rule('core/unused-disable'),
    // A document over the size limit is not checked.
    rule('input/too-large'),
    // A binary file is not a design document.
    rule('input/not-text'),
    // A design must be UTF-8, or positions and text are wrong.
    rule('input/bad-encoding'),
    // A parser crash on extreme nesting is reported, not thrown.
    rule('input/parse-error'),
    // A hostile document stops the parser at its time budget.
    rule('input/parse-timeout'),
    // A rule that crashed is reported, so a silent pass is never mistaken for a clean design.
    rule('internal/rule-crash'),
    // Likewise a rule that ran out of time.
    rule('internal/rule-timeout'),
  ],
};

export default preset;
