import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import structure from '@design-check/plugin-structure';
import stride from '../src/index.js';
import { brief, lint } from './helpers.js';

const example = (path: string) => readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');

describe('the bundled examples', () => {
  for (const path of ['refund-service/TECHNICAL-DESIGN.md', 'search-indexing/TECHNICAL-DESIGN.md']) {
    it(`${path} is clean, under recommended and strict`, async () => {
      expect(brief(await lint(example(path)))).toEqual([]);
      expect(brief(await lint(example(path), { extend: 'strict' }))).toEqual([]);
    });
  }

  it('defects/stride-defects.md: each planted defect once, on its line, with its message', async () => {
    const found = await lint(example('defects/stride-defects.md'), { plugins: [structure, stride] });
    expect(found.filter((d) => d.ruleId.startsWith('stride/') || d.line === 243).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      "80:5 stride/rate-limit-429 Unexpected POST /v1/members/lookup without a '429' response: Security Controls claim rate limiting, expected a '429' response (with Retry-After) that tells clients about the limit",
      '231:61 stride/asset-classification Unexpected classification "confidental" of asset "Recipient identity (email, member number, display name)", expected one of public, internal, confidential, restricted; did you mean "confidential"?',
      '232:3 stride/asset-coverage Unexpected asset "Marketing consent flags" that no threat names, expected at least one threat against it in the Threat Analysis (or remove the asset)',
      '238:91 stride/threat-rating Unexpected Likelihood "Very High" of threat "Account takeover used to drain a member\'s point balances to…", expected one of Low, Medium, High',
      '239:65 stride/threat-category Unexpected category "Injection" of threat "Member edits recipientId in the request to a closed account" from another taxonomy, expected a STRIDE category: it most likely belongs to "Tampering"',
      '240:108 stride/mitigation-control Unexpected mitigation of threat "Lookup endpoint used to enumerate which emails belong to me…" by Audit logging, which Security Controls leave unticked; expected the control in place and ticked, or another mitigation',
      '241:66 stride/threat-mitigation Missing mitigation of threat "Sender disputes having sent points"; say how the threat is countered, or accept the risk and name who accepted it',
      '242:59 stride/threat-category Unexpected category "Elevation of Privelege" of threat "Support agent moves points between their own accounts", expected a STRIDE category; did you mean "Elevation of Privilege"?',
      '243:102 structure/no-placeholders Unexpected "TBD" marker; finish this part of the design or record it in Open Questions',
      '244:105 stride/accepted-risk Unexpected bare "Risk accepted" as the mitigation of threat "Compromised partner airline credentials used to redeem tran…" (High likelihood, High impact), expected a mitigation, or the risk acceptance with its owner or a link to the decision',
      '250:1 stride/security-controls Missing security control "Input validation"; add "- [ ] Input validation: …" saying how it is done, or "N/A" and why',
    ]);
    const related = found.filter((d) => d.related).map((d) => `${d.line} ↳ ${d.related!.map((r) => `${r.line}:${r.column} ${r.message}`).join(', ')}`);
    expect(related).toEqual(['80 ↳ 252:1 Rate limiting is claimed here', '240 ↳ 251:1 Audit logging is unticked here']);
  });

  it('defects/stride-defects.md alone: the TBD mitigation is stride/threat-mitigation\'s', async () => {
    expect(brief(await lint(example('defects/stride-defects.md'))).filter((f) => f.startsWith('243:'))).toEqual(['243:102 stride/threat-mitigation placeholder']);
  });
});
