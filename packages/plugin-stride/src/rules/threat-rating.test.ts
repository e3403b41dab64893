import { RuleTester } from '@design-check/core';
import { design, replaceRow, THREATS, where } from '../__fixtures__/docs.js';
import { threatRating } from './threat-rating.js';

const threat = 'Stolen seller session changes the payout schedule';
const rated = (likelihood: string, impact: string) =>
  design({ threats: replaceRow(THREATS, 'Stolen seller session', `| ${threat} | Spoofing | ${likelihood} | ${impact} | Step-up authentication |`) });
const expected = 'Low, Medium, High';

const veryHigh = rated('Very High', 'high');
const three = rated('med', '3');
const hgih = rated('Hgih', 'Critical');
const blank = rated('', 'high');
const riskOnly = design({
  threatHeader: '| # | Threat | STRIDE | Risk | Mitigation |',
  threats: ['| T1 | Stolen session changes the schedule | S | Severe | Step-up authentication |', '| T2 | Bank numbers leak | I | **High** | Masked in responses |'],
});

new RuleTester({ plugin: 'stride' }).run(threatRating, {
  valid: [
    design(),
    { name: 'abbreviations and case', code: rated('M', 'H') },
    { name: 'emoji, bold and an explanation', code: rated('🟠 **Medium**', 'High (funds can be moved)') },
    { name: 'a number with its value', code: rated('3 (High)', 'Med.') },
    {
      name: 'a custom scale',
      code: design({ threats: ['| Stolen session changes the schedule | S | Likely | Severe | Step-up authentication |', '| Bank numbers leak | I | rare | L | Masked |'] }),
      options: { scale: ['Rare', 'Likely', 'Severe'] },
    },
    { name: 'a row saying the category does not apply', code: design({ threats: [...THREATS, '| N/A: no new repudiable actions | Repudiation | n/a | n/a | Not applicable |'] }) },
  ],
  invalid: [
    {
      name: '"Very High" is off the scale',
      code: veryHigh,
      errors: [{ messageId: 'offScale', data: { column: 'Likelihood', value: 'Very High', threat, expected }, ...where(veryHigh, 'Very High') }],
    },
    {
      name: 'a number is off the scale',
      code: three,
      errors: [{ messageId: 'offScale', data: { column: 'Impact', value: '3', threat, expected }, ...where(three, '| 3 |'), column: where(three, '| 3 |').column + 2 }],
    },
    {
      name: 'a misspelling gets "did you mean"',
      code: hgih,
      errors: [
        { messageId: 'misspelled', data: { column: 'Likelihood', value: 'Hgih', threat, expected, suggestion: 'High' }, ...where(hgih, 'Hgih') },
        { messageId: 'offScale', data: { column: 'Impact', value: 'Critical', threat, expected }, ...where(hgih, 'Critical') },
      ],
    },
    {
      name: 'an empty rating',
      code: blank,
      errors: [{ messageId: 'empty', data: { column: 'Likelihood', threat, expected: 'Low/Medium/High' }, line: 23, column: 66 }],
    },
    {
      name: 'a single Risk column stands for both ratings',
      code: riskOnly,
      errors: [{ messageId: 'offScale', data: { column: 'Risk', value: 'Severe', threat: 'Stolen session changes the schedule', expected }, ...where(riskOnly, 'Severe') }],
    },
  ],
});
