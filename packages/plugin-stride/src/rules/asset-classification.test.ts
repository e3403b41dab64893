import { RuleTester } from '@design-check/core';
import { ASSETS, design, where } from '../__fixtures__/docs.js';
import { assetClassification } from './asset-classification.js';

const classified = (value: string) => design({ assets: [ASSETS[0], `| Payout batches | ${value} | bank-transfer queue |`] });
const expected = 'public, internal, confidential, restricted';
const pii = classified('PII');
const typo = classified('Confidental');
const marking = design({ assets: ['| Payout batches | OFFICIAL-SENSITIVE | bank-transfer queue |'] });

new RuleTester({ plugin: 'stride' }).run(assetClassification, {
  valid: [
    design(),
    { name: 'case, bold, emoji and words after it', code: classified('🔒 **Restricted** — PCI scope') },
    { name: 'empty: stride/assets-table reports it', code: classified('') },
    { name: 'a government protective marking (UK)', code: design({ assets: ['| Medical evidence | OFFICIAL-SENSITIVE | object storage |', '| Badge photographs | OFFICIAL | printing supplier |'] }) },
    { name: 'a government protective marking (Australia)', code: classified('OFFICIAL: Sensitive') },
    { name: 'a custom list', code: design({ assets: ['| Payout batches | Secret | bank-transfer queue |'] }), options: { classifications: ['Public', 'Secret'] } },
  ],
  invalid: [
    { name: 'another scheme', code: pii, errors: [{ messageId: 'unknown', data: { value: 'PII', asset: 'Payout batches', expected }, ...where(pii, 'PII |') }] },
    {
      name: 'a protective marking outside the scheme that the project names',
      code: marking,
      options: { classifications: ['Public', 'Internal', 'Secret'] },
      errors: [{ messageId: 'unknown', data: { value: 'OFFICIAL-SENSITIVE', asset: 'Payout batches', expected: 'Public, Internal, Secret' }, ...where(marking, 'OFFICIAL-SENSITIVE') }],
    },
    {
      name: 'a misspelling gets "did you mean"',
      code: typo,
      errors: [{ messageId: 'misspelled', data: { value: 'Confidental', asset: 'Payout batches', expected, suggestion: 'confidential' }, ...where(typo, 'Confidental') }],
    },
    {
      name: 'a word before the classification',
      code: classified('highly confidential'),
      errors: [{ messageId: 'unknown', data: { value: 'highly confidential', asset: 'Payout batches', expected }, line: 17, column: 20 }],
    },
  ],
});
