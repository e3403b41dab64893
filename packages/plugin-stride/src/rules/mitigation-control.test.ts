import { describe, expect, it } from 'vitest';
import { check, RuleTester } from '@design-check/core';
import structure from '@design-check/plugin-structure';
import { CONTROLS, design, where } from '../__fixtures__/docs.js';
import { mitigationControl } from './mitigation-control.js';
import stride from '../index.js';

const untick = (name: string, status = 'draft') => design({ status, controls: CONTROLS.map((c) => (c.includes(name) ? c.replace('[x]', '[ ]') : c)) });
const audit = untick('Audit logging');
const auth = untick('Authentication');

new RuleTester({ plugin: 'stride' }).run(mitigationControl, {
  valid: [
    design(),
    { name: 'an unticked control that no mitigation relies on', code: untick('Rate limiting') },
    { name: 'no control ticked at all: a plan, not a checklist in use', code: design({ status: 'draft', controls: CONTROLS.map((c) => c.replace('[x]', '[ ]')) }) },
    { name: 'a struck-out control', code: design({ controls: [...CONTROLS.slice(0, 4), '- [ ] ~~Audit logging~~ N/A', CONTROLS[5]] }) },
  ],
  invalid: [
    {
      name: 'a mitigation that names an unticked control',
      code: audit,
      errors: [
        {
          messageId: 'unticked',
          data: { threat: 'Seller disputes having changed the schedule', control: 'Audit logging' },
          ...where(audit, 'Audit log of every change'),
          related: [{ messageId: 'controlHere', data: { control: 'Audit logging' }, ...where(audit, '- [ ] Audit logging') }],
        },
      ],
    },
    {
      name: 'a word form of the control (step-up authentication)',
      code: auth,
      errors: [{ messageId: 'unticked', data: { threat: 'Stolen seller session changes the payout schedule', control: 'Authentication' }, ...where(auth, 'Step-up authentication'), related: [{ messageId: 'controlHere', ...where(auth, '- [ ] Authentication') }] }],
    },
  ],
});

describe('with plugin-structure', () => {
  it('says nothing in an approved design, where structure/approved-complete reports the unticked control', async () => {
    const code = untick('Audit logging', 'approved');
    const found = (await check(code, { path: 'design.md', plugins: [structure, stride] })).diagnostics.filter((d) => d.line > 20 && d.line < where(code, '## Performance').line);
    expect(found.map((d) => `${d.line} ${d.ruleId}`)).toEqual([`${where(code, '- [ ] Audit').line} structure/approved-complete`]);
  });
});
