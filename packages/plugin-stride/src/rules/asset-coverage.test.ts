import { RuleTester } from '@design-check/core';
import { ASSETS, design, where } from '../__fixtures__/docs.js';
import { assetCoverage } from './asset-coverage.js';

const secrets = design({ assets: [...ASSETS, '| Webhook signing secrets | restricted | secrets manager, payout-engine memory |'] });

new RuleTester({ plugin: 'stride' }).run(assetCoverage, {
  valid: [
    design(),
    { name: 'named through its parenthesised aside', code: design({ assets: ['| Seller funds (pending payout balance) | restricted | payout-engine |'] }) },
    { name: 'named in an Asset column of the threat table', code: design({ assets: [...ASSETS, '| Signing keys | restricted | KMS |'], threatHeader: '| Threat | Asset | STRIDE | Likelihood | Impact | Mitigation |', threats: ['| Key exfiltrated by an insider | Signing keys | I | low | high | KMS, no export |', '| Schedule changed by a stolen session | Seller payout settings | S | med | high | Step-up auth |', '| Batch replayed | Payout batches | T | low | high | Idempotency keys |'] }) },
    { name: 'no threats yet: stride/threats-table reports that', code: design({ threats: [] }) },
  ],
  invalid: [
    {
      name: 'an asset no threat names',
      code: secrets,
      errors: [{ messageId: 'uncovered', data: { asset: 'Webhook signing secrets' }, ...where(secrets, 'Webhook signing secrets') }],
    },
  ],
});
