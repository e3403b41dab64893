import { RuleTester } from '@design-check/core';
import { design, THREATS, where } from '../__fixtures__/docs.js';
import { threatsTable } from './threats-table.js';

const duplicate = design({ threats: [...THREATS, '| Stolen  seller session changes the **payout schedule** | Elevation of Privilege | med | high | Step-up authentication |'] });
const noLikelihood = design({ threatHeader: '| Threat | STRIDE | Impact | Mitigation |', threats: ['| Stolen session | S | high | Step-up authentication |'] });
const blankThreat = design({ threats: [...THREATS, '|   | Tampering | low | low | Checksums |'] });
const noTable = design().replace(/\| Threat \|[^]*?\n\n/, 'See the team wiki.\n\n');

new RuleTester({ plugin: 'stride' }).run(threatsTable, {
  valid: [
    design(),
    { name: 'a Risk column instead of Likelihood and Impact', code: design({ threatHeader: '| ID | Threat | STRIDE | Risk | Mitigation |', threats: ['| T1 | Stolen session | S | High | Step-up authentication |'] }) },
    { name: 'moved columns and other header names', code: design({ threatHeader: '| Category | Threat scenario | Mitigations | Probability | Severity | Residual risk |', threats: ['| S | Stolen session | Step-up authentication | med | high | low |'] }) },
    { name: 'the table split in two by a note', code: design({ threats: [...THREATS.slice(0, 3), '', 'Disclosure and availability threats:', '', '| Threat | Category (STRIDE) | Likelihood | Impact | Mitigation |', '|---|---|---|---|---|', ...THREATS.slice(3)] }) },
  ],
  invalid: [
    {
      name: 'the same threat twice, in other emphasis and spacing',
      code: duplicate,
      errors: [{ messageId: 'duplicate', data: { threat: 'Stolen seller session changes the payout schedule', firstLine: 23 }, ...where(duplicate, 'Stolen  seller'), related: [{ messageId: 'firstThreat', line: 23, column: 3 }] }],
    },
    { name: 'a missing column', code: noLikelihood, errors: [{ messageId: 'missingColumn', data: { column: 'Likelihood' }, ...where(noLikelihood, '| Threat | STRIDE') }] },
    { name: 'a row without a threat', code: blankThreat, errors: [{ messageId: 'emptyThreat', line: 29, column: 3 }] },
    { name: 'no table', code: noTable, errors: [{ messageId: 'noTable', data: { section: 'Threat Analysis' }, ...where(noTable, '### Threat Analysis') }] },
  ],
});
