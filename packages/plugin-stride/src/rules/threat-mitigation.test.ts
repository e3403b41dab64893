import { describe, expect, it } from 'vitest';
import { check, RuleTester } from '@design-check/core';
import structure from '@design-check/plugin-structure';
import { design, replaceRow, THREATS, where } from '../__fixtures__/docs.js';
import { threatMitigation } from './threat-mitigation.js';
import stride from '../index.js';

const threat = 'Bank account numbers visible to other sellers';
const mitigated = (mitigation: string) => design({ threats: replaceRow(THREATS, threat, `| ${threat} | Information Disclosure | low | high | ${mitigation} |`) });

const empty = mitigated('');
const tbd = mitigated('TBD');
const dash = mitigated('-');
const na = mitigated('n/a');
const template = mitigated('_(e.g., signed URLs with 15-min TTL)_');

new RuleTester({ plugin: 'stride' }).run(threatMitigation, {
  valid: [
    design(),
    { name: 'an accepted risk is a decision (stride/accepted-risk judges High/High ones)', code: mitigated('Accepted: numbers are already masked by the bank API') },
    { name: 'a mitigation that mentions a follow-up', code: mitigated('Masked in responses; key rotation TBD in SEC-12') },
    { name: 'a row saying the category does not apply', code: design({ threats: [...THREATS, '| Not applicable: the service stores no credentials | Spoofing | - | - | - |'] }) },
  ],
  invalid: [
    { name: 'an empty mitigation', code: empty, errors: [{ messageId: 'missing', data: { threat }, line: 26, column: 89 }] },
    { name: 'TBD', code: tbd, errors: [{ messageId: 'placeholder', data: { value: 'TBD', threat }, ...where(tbd, 'TBD') }] },
    { name: 'a dash', code: dash, errors: [{ messageId: 'missing', data: { threat }, ...where(dash, '- |', 1) }] },
    { name: 'n/a', code: na, errors: [{ messageId: 'placeholder', data: { value: 'n/a', threat }, ...where(na, 'n/a') }] },
    { name: 'the template example', code: template, errors: [{ messageId: 'placeholder', data: { value: '(e.g., signed URLs with 15-min TTL)', threat }, ...where(template, '_(e.g.') }] },
  ],
});

describe('with plugin-structure', () => {
  it('leaves TBD and the template placeholder to structure/no-placeholders, and reports n/a itself', async () => {
    const run = async (code: string) => (await check(code, { path: 'design.md', plugins: [structure, stride] })).diagnostics.filter((d) => d.line === where(code, threat).line).map((d) => `${d.ruleId} ${d.messageId}`);
    expect(await run(tbd)).toEqual(['structure/no-placeholders marker']);
    expect(await run(template)).toEqual(['structure/no-placeholders placeholder']);
    expect(await run(na)).toEqual(['stride/threat-mitigation placeholder']);
  });
});
