import { describe, expect, it } from 'vitest';
import { check, RuleTester } from '@design-check/core';
import structure from '@design-check/plugin-structure';
import { CONTROLS, design, where } from '../__fixtures__/docs.js';
import { securityControls } from './security-controls.js';
import stride from '../index.js';

const without = (name: string) => design({ controls: CONTROLS.filter((c) => !c.includes(name)) });
const noRateLimiting = without('Rate limiting');
const noValidation = without('Input validation');
const misnamed = design({ controls: CONTROLS.map((c) => c.replace('Authentication:', 'Authentification:')) });
const undescribed = design({ controls: CONTROLS.map((c) => (c.includes('Audit') ? '- [x] Audit logging' : c)) });
const template = design({ controls: CONTROLS.map((c) => (c.includes('Rate') ? '- [ ] Rate limiting: _(describe limits)_' : c)) });
const approvedUnticked = design({ status: 'approved', controls: CONTROLS.map((c) => (c.includes('Input') ? c.replace('[x]', '[ ]') : c)) });
const noList = design({ controls: ['We follow the platform security baseline.'] });

new RuleTester({ plugin: 'stride' }).run(securityControls, {
  valid: [
    design(),
    { name: 'bold names, dashes and other names of the controls', code: design({ controls: ['- [x] **AuthN** — OAuth2', '- [x] **AuthZ** — scopes', '- [x] Validation — JSON schema', '- [x] Encryption — TLS, KMS', '- [x] Audit trail — every change', '- [x] Throttling — 10/day'] }) },
    { name: 'a control ruled out by striking it through', code: design({ controls: [...CONTROLS.slice(0, 5), '- [ ] ~~Rate limiting~~ N/A: one change per day by design'] }) },
    { name: 'unticked items of an in-review design', code: design({ controls: CONTROLS.map((c) => c.replace('[x]', '[ ]')) }) },
    { name: 'a controls table', code: design({ controls: ['| Control | Implementation | Status |', '|---|---|---|', '| Authentication | OAuth2 | ✅ |', '| Authorization | scopes | ✅ |', '| Input validation | schema | ✅ |', '| Data encryption | TLS, KMS | ✅ |', '| Audit logging | every change | ✅ |', '| Rate limiting | 10 per day | ✅ |'] }) },
    { name: 'an extra control', code: design({ controls: [...CONTROLS, '- [x] Secrets management: Vault, rotated every 90 days.'] }) },
    { name: 'only the controls the team requires', code: without('Rate limiting'), options: { controls: ['Authentication', 'Authorization'] } },
  ],
  invalid: [
    { name: 'a missing control', code: noRateLimiting, errors: [{ messageId: 'missing', data: { control: 'Rate limiting' }, ...where(noRateLimiting, '- [x] Audit logging') }] },
    { name: 'a missing control, where it belongs', code: noValidation, errors: [{ messageId: 'missing', data: { control: 'Input validation' }, ...where(noValidation, '- [x] Data encryption') }] },
    { name: 'a misnamed control', code: misnamed, errors: [{ messageId: 'misnamed', data: { label: 'Authentification', control: 'Authentication' }, ...where(misnamed, '- [x] Authentification') }] },
    { name: 'a control without a description', code: undescribed, errors: [{ messageId: 'noDescription', data: { control: 'Audit logging' }, ...where(undescribed, '- [x] Audit logging') }] },
    { name: 'the template placeholder, when the rule runs alone', code: template, errors: [{ messageId: 'noDescription', data: { control: 'Rate limiting' }, ...where(template, '- [ ] Rate') }] },
    { name: 'unticked in an approved design, when the rule runs alone', code: approvedUnticked, errors: [{ messageId: 'unticked', data: { control: 'Input validation' }, ...where(approvedUnticked, '- [ ] Input') }] },
    { name: 'no controls at all', code: noList, errors: [{ messageId: 'noControls', data: { section: 'Security Controls', controls: 'Authentication, Authorization, Input validation, Data encryption, Audit logging, Rate limiting' }, ...where(noList, '### Security Controls') }] },
  ],
});

describe('with plugin-structure', () => {
  const run = async (code: string) => (await check(code, { path: 'design.md', plugins: [structure, stride] })).diagnostics.filter((d) => d.line > 25 && d.line < where(code, '## Performance').line).map((d) => `${d.line} ${d.ruleId} ${d.messageId}`);
  it('leaves an unticked control of an approved design to structure/approved-complete', async () => {
    expect(await run(approvedUnticked)).toEqual([`${where(approvedUnticked, '- [ ] Input').line} structure/approved-complete unticked`]);
  });
  it('leaves the template placeholder to structure/no-placeholders', async () => {
    expect(await run(template)).toEqual([`${where(template, '- [ ] Rate').line} structure/no-placeholders placeholder`]);
  });
});
