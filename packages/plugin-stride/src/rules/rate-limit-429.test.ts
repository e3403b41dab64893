import { RuleTester } from '@design-check/core';
import { api, CONTROLS, design, where } from '../__fixtures__/docs.js';
import { rateLimit429 } from './rate-limit-429.js';

const limited = (limit: string, opts: Parameters<typeof api>[0] = {}) => design({ api: api(opts), controls: [...CONTROLS.slice(0, 5), `- [x] Rate limiting: ${limit}`] });
const message = (operation: string) => ({ messageId: 'no429', data: { operation } });

const wholeApi = limited('100 requests/min per seller at the gateway.', { put429: true });
const named = limited('10 schedule changes per seller per day.');

new RuleTester({ plugin: 'stride' }).run(rateLimit429, {
  valid: [
    { name: 'every operation declares 429', code: limited('100 requests/min per seller.', { get429: true, put429: true }) },
    { name: 'a limit on some operations, declared on them', code: limited('10 schedule changes per seller per day.', { put429: true }) },
    { name: 'a limit on something that is not an API operation', code: limited('5 concurrent bank transfers per batch.') },
    { name: 'rate limiting ruled out', code: limited('N/A: one change per day by design.') },
    { name: 'no API contract', code: design() },
  ],
  invalid: [
    {
      name: 'a limit on the whole API: each operation without 429',
      code: wholeApi,
      errors: [{ ...message('GET /v1/sellers/{sellerId}/payout-schedule'), ...where(wholeApi, 'get:'), related: [{ messageId: 'claimedHere', ...where(wholeApi, '- [x] Rate limiting') }] }],
    },
    {
      name: 'the operations a limit names, when no operation declares 429',
      code: named,
      errors: [{ ...message('PUT /v1/sellers/{sellerId}/payout-schedule'), ...where(named, 'put:'), related: [{ messageId: 'claimedHere', ...where(named, '- [x] Rate limiting') }] }],
    },
  ],
});
