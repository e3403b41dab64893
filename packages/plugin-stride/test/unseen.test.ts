import { describe, expect, it } from 'vitest';
import structure from '@design-check/plugin-structure';
import stride from '../src/index.js';
import { brief, fixture, lint } from './helpers.js';

/**
 * Design documents written the way other teams write them, which the plugin was not developed
 * against: threat-model defects found on their lines, clean threat models clean.
 */
describe('clean designs that the team had not seen give no finding', () => {
  const clean = [
    // CRLF; numbered headings (`## 7.`, `### 7.1 Assets`); ID, Owner and Residual columns; bold and
    // emoji in cells; `Information Disclosure / Elevation of Privilege`, `DoS`; approved, all ticked.
    'unseen-clean-kyc.md',
    // Fragments in numbered list items; `STRIDE` and a single `Risk` column; the threat table split
    // under two `####` headings; `Data asset | Sensitivity | Exposed via`; controls as a table.
    'unseen-clean-ledger-export.md',
    // No subsections: the two tables and a plain list of controls right under the threat model;
    // letters and `I, E`; rows saying Tampering and Repudiation do not apply; webhooks.
    'unseen-clean-notifications.md',
    // A threat model that says why it does not apply.
    'unseen-clean-internal-refactor.md',
    // `## 6) Security` / `### 6.1 Threat Model (STRIDE)` / `#### Assets`, `#### Threats`, `#### Controls`;
    // `**Threat**`, `**STRIDE**`, `Countermeasures`, `Where it lives`; `S,E`, `Info Disclosure`,
    // `Privilege Escalation`; `<br>` in a cell; controls unticked in review, with emoji and a sub-bullet.
    'unseen-clean-payroll.md',
  ];
  for (const name of clean) {
    it(name, async () => {
      expect(brief(await lint(fixture(name)))).toEqual([]);
    });
  }

  it('stay clean under the strict preset (every STRIDE category covered, every asset named)', async () => {
    for (const name of ['unseen-clean-kyc.md', 'unseen-clean-notifications.md', 'unseen-clean-internal-refactor.md', 'unseen-clean-payroll.md']) {
      expect(brief(await lint(fixture(name), { extend: 'strict' })), name).toEqual([]);
    }
  });
});

describe('defects in designs that the team had not seen, each once, on its line', () => {
  it('gift cards: ratings, categories, mitigations, classification, a missing control, a 429', async () => {
    expect(brief(await lint(fixture('unseen-defects-giftcards.md')))).toEqual([
      '28:5 stride/rate-limit-429 no429 ↳ 96:1', // 60 requests per minute on every endpoint; the balance check has no 429
      '75:32 stride/asset-classification unknown', // PII
      '82:77 stride/threat-rating offScale', // Very High
      '84:48 stride/threat-category misspelled', // Repudation
      '85:89 stride/threat-mitigation missing', // empty
      '86:62 stride/threat-category otherTaxonomy', // Broken Access Control
      '87:89 stride/threat-mitigation placeholder', // TBD
      '88:80 stride/accepted-risk bareAcceptance', // High/High "Accepted"
      '96:1 stride/security-controls missing', // no Audit logging
    ]);
  });

  it('gift cards with plugin-structure: the TBD is reported once, by structure/no-placeholders', async () => {
    const found = brief(await lint(fixture('unseen-defects-giftcards.md'), { plugins: [structure, stride] })).filter((f) => f.startsWith('87:'));
    expect(found).toEqual(['87:89 structure/no-placeholders marker']);
  });

  it('telehealth (CRLF, fragment in a list item, `Threat Model` / `Assets` / `Threats`, L/M/H and Severity)', async () => {
    expect(brief(await lint(fixture('unseen-defects-telehealth.md')))).toEqual([
      '23:3 stride/auth-declared noSchemes ↳ 84:1', // authentication claimed, no securitySchemes
      '32:7 stride/rate-limit-429 no429 ↳ 89:1', // 20 share links per patient per day
      '69:23 stride/asset-classification unknown', // Sensitive
      '76:64 stride/threat-category otherTaxonomy', // XSS
      '77:91 stride/threat-rating offScale', // 3
      '78:3 stride/threats-table duplicate ↳ 75:3', // the same threat twice
      '79:66 stride/mitigation-control unticked ↳ 88:1', // audit log, control unticked
      '87:1 stride/security-controls misnamed', // Encription
    ]);
  });

  it('smart meters (fragment in a blockquote, `L` and `I` columns, Critical, n/a, -, None)', async () => {
    expect(brief(await lint(fixture('unseen-defects-iot.md')))).toEqual([
      '27:7 stride/rate-limit-429 no429 ↳ 93:1', // at most 2 rollouts started per day; pausing is not limited
      '71:26 stride/asset-classification misspelled', // Restriced
      '79:82 stride/threat-mitigation placeholder', // n/a
      '80:74 stride/threat-category otherTaxonomy', // Replay attack
      '81:88 stride/threat-rating offScale', // Critical
      '83:65 stride/threat-mitigation missing', // -
      '84:68 stride/accepted-risk bareAcceptance', // High/High "None"
      // Missed: the asset "Meter readings" (line 72) is named by no threat, but "meters" is in several.
    ]);
  });
});
