import { RuleTester } from '@design-check/core';
import { design, THREATS, where } from '../__fixtures__/docs.js';
import { categoryCoverage } from './category-coverage.js';

const noRepudiation = design({ threats: THREATS.filter((t) => !t.includes('Repudiation')) });
const header = '| Threat | Category (STRIDE) |';

new RuleTester({ plugin: 'stride' }).run(categoryCoverage, {
  valid: [
    design(),
    { name: 'a row saying why a category does not apply', code: design({ threats: [...THREATS.filter((t) => !t.includes('Repudiation')), '| Not applicable: no user-initiated action is added | Repudiation | - | - | - |'] }) },
    { name: 'letters and several per cell', code: design({ threats: ['| Stolen session | S/E | med | high | Step-up |', '| Tampered batch | T, R | low | high | Signatures |', '| Leak | I + D | low | high | Masking, quotas |'] }) },
    { name: 'a misspelled category counts once, for stride/threat-category', code: design({ threats: [...THREATS.filter((t) => !t.includes('Repudiation')), '| Seller denies the change | Repudation | low | low | Audit log |'] }) },
  ],
  invalid: [
    {
      name: 'a category without a row',
      code: noRepudiation,
      errors: [{ messageId: 'uncovered', data: { category: 'Repudiation' }, ...where(noRepudiation, header) }],
    },
  ],
});
