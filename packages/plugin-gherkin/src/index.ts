import { definePlugin, fenceLanguages, type Plugin, type Rule } from '@design-check/core';
import { loadGherkin } from './engines/gherkin.js';
import { syntax } from './rules/syntax.js';
import { noOrphanSteps } from './rules/no-orphan-steps.js';
import { tableCellCount } from './rules/table-cell-count.js';
import { noEmptyScenario } from './rules/no-empty-scenario.js';
import { scenarioComplete } from './rules/scenario-complete.js';
import { stepOrder } from './rules/step-order.js';
import { uniqueScenarioNames } from './rules/unique-scenario-names.js';
import { outlineExamples } from './rules/outline-examples.js';
import { outlinePlaceholders } from './rules/outline-placeholders.js';
import { examplesColumnsUsed } from './rules/examples-columns-used.js';
import { relatesTo } from './rules/relates-to.js';
import { criterionExists } from './rules/criterion-exists.js';
import { criteriaCovered } from './rules/criteria-covered.js';
import { errorResponsesCovered } from './rules/error-responses-covered.js';

/** Every rule of the plugin, in the order they run. */
export const rules: Rule[] = [
  syntax,
  noOrphanSteps,
  tableCellCount,
  noEmptyScenario,
  scenarioComplete,
  stepOrder,
  uniqueScenarioNames,
  outlineExamples,
  outlinePlaceholders,
  examplesColumnsUsed,
  relatesTo,
  criterionExists,
  criteriaCovered,
  errorResponsesCovered,
];

/** The Gherkin plugin: the design's scenarios parsed with @cucumber/gherkin, checked as tests, and traced to the Outcome Contract and the API. */
export const gherkin: Plugin = definePlugin({
  name: 'gherkin',
  rules,
  engines: [{ name: 'gherkin', usedBy: rules.map((r) => `gherkin/${r.name}`), neededBy: (text) => fenceLanguages(text).has('gherkin'), load: loadGherkin }],
  recommended: {
    'gherkin/syntax': { level: 'error', why: 'A scenario that does not parse cannot be run or reviewed as a test.' },
    'gherkin/no-orphan-steps': { level: 'error', why: 'A step outside a scenario belongs to no test; the parser ignores or rejects it.' },
    'gherkin/table-cell-count': { level: 'error', why: 'A row with a missing or extra cell does not parse.' },
    'gherkin/no-empty-scenario': { level: 'error', why: 'A scenario without steps specifies nothing.' },
    'gherkin/scenario-complete': { level: 'error', why: 'Without a When nothing is exercised; without a Then nothing is checked.' },
    'gherkin/step-order': { level: 'warn', why: 'Context after the action makes a scenario hard to read, though it still runs.' },
    'gherkin/unique-scenario-names': { level: 'error', why: 'Reviews, test reports and Relates-to discussions name scenarios; two with one name are ambiguous.' },
    'gherkin/outline-examples': { level: 'error', why: 'An outline without example rows runs zero times.' },
    'gherkin/outline-placeholders': { level: 'error', why: 'A placeholder without a column stays literal text in every run.' },
    'gherkin/examples-columns-used': { level: 'warn', why: 'An unused column varies nothing; usually a placeholder was renamed in the steps only.' },
    'gherkin/relates-to': { level: 'error', why: 'A behaviour that names no acceptance criterion cannot be traced to the outcome it serves.' },
    'gherkin/criterion-exists': { level: 'error', why: 'A criterion number the contract lacks traces the behaviour to nothing.' },
    'gherkin/criteria-covered': { level: 'warn', why: 'A criterion with no behaviour may be unspecified; measured targets are left to the budgets and SLOs.' },
    'gherkin/error-responses-covered': { level: 'warn', why: 'An error the API can return without a scenario leaves its handling unspecified.' },
  },
  strict: {
    'gherkin/step-order': { level: 'error', why: 'Given, When, Then in order, always.' },
    'gherkin/examples-columns-used': { level: 'error', why: 'Every Examples column is used.' },
    'gherkin/error-responses-covered': { level: ['error', { errorSectionOnly: true }], why: 'Every error response has its own scenario in the error scenarios section.' },
  },
});

export default gherkin;
export {
  syntax,
  noOrphanSteps,
  tableCellCount,
  noEmptyScenario,
  scenarioComplete,
  stepOrder,
  uniqueScenarioNames,
  outlineExamples,
  outlinePlaceholders,
  examplesColumnsUsed,
  relatesTo,
  criterionExists,
  criteriaCovered,
  errorResponsesCovered,
};
export { gherkinModel, behaviorModel, contractModel, type GherkinModel } from './model.js';
