import { definePlugin, type Plugin, type Rule } from '@design-check/core';
import { acceptedRisk } from './rules/accepted-risk.js';
import { assetClassification } from './rules/asset-classification.js';
import { assetCoverage } from './rules/asset-coverage.js';
import { assetsTable } from './rules/assets-table.js';
import { authDeclared } from './rules/auth-declared.js';
import { categoryCoverage } from './rules/category-coverage.js';
import { mitigationControl } from './rules/mitigation-control.js';
import { rateLimit429 } from './rules/rate-limit-429.js';
import { securityControls } from './rules/security-controls.js';
import { threatCategory } from './rules/threat-category.js';
import { threatMitigation } from './rules/threat-mitigation.js';
import { threatRating } from './rules/threat-rating.js';
import { threatsTable } from './rules/threats-table.js';

/** Every rule of the plugin, in the order of the threat model: assets, threats, controls, the API. */
export const rules: Rule[] = [
  assetsTable,
  assetClassification,
  threatsTable,
  threatCategory,
  threatRating,
  threatMitigation,
  acceptedRisk,
  assetCoverage,
  categoryCoverage,
  securityControls,
  mitigationControl,
  rateLimit429,
  authDeclared,
];

/** The `stride` plugin: the Security Threat Model's assets, STRIDE threats, ratings, mitigations and controls. */
export const stride: Plugin = definePlugin({
  name: 'stride',
  rules,
  recommended: {
    'stride/assets-table': { level: 'error', why: 'A threat model without its assets, their classification and exposure cannot be reviewed.' },
    'stride/asset-classification': { level: 'error', why: 'Handling rules (encryption, retention, access) follow from the classification.' },
    'stride/threats-table': { level: 'error', why: 'The threat table is what the security lead reviews; a missing column or a duplicate row hides work.' },
    'stride/threat-category': { level: 'error', why: 'A category outside STRIDE breaks coverage and usually hides a misfiled threat.' },
    'stride/threat-rating': { level: 'error', why: 'Ratings off the scale cannot be compared or prioritised.' },
    'stride/threat-mitigation': { level: 'error', why: 'A threat without a mitigation is an open risk that nobody owns.' },
    'stride/accepted-risk': { level: 'error', why: 'Accepting a likely, damaging threat is a decision that needs an owner and a record.' },
    'stride/asset-coverage': { level: 'warn', why: 'An asset no threat names was probably not analysed, but the wording may simply differ.' },
    'stride/category-coverage': { level: 'off', why: 'Threat models focus on what the mission changes; not every category applies: strict only.' },
    'stride/security-controls': { level: 'error', why: 'The six controls are the checklist a security review walks through.' },
    'stride/mitigation-control': { level: 'warn', why: 'A mitigation that relies on an unticked control may not exist yet.' },
    'stride/rate-limit-429': { level: 'warn', why: 'Clients must learn from the contract that they can be rate limited.' },
    'stride/auth-declared': { level: 'warn', why: 'Generated clients and gateways read authentication from the contract.' },
  },
  strict: {
    'stride/asset-coverage': { level: 'error', why: 'In a finished threat model every asset is analysed.' },
    'stride/category-coverage': { level: 'error', why: 'A complete STRIDE analysis covers every category or says why it does not apply.' },
  },
});

export default stride;
export { threatModelOf, type ThreatModel, type ThreatRow, type AssetRow } from './model.js';
export { STRIDE, readCategory, type StrideCategory } from './categories.js';
export {
  acceptedRisk,
  assetClassification,
  assetCoverage,
  assetsTable,
  authDeclared,
  categoryCoverage,
  mitigationControl,
  rateLimit429,
  securityControls,
  threatCategory,
  threatMitigation,
  threatRating,
  threatsTable,
};
