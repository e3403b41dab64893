import { RuleTester } from '@design-check/core';
import { api, CONTROLS, design, where } from '../__fixtures__/docs.js';
import { authDeclared } from './auth-declared.js';

const noSchemes = design({ api: api({ schemes: false, security: false }) });
const noSecurity = design({ api: api({ security: false }) });
const related = (code: string) => [{ messageId: 'claimedHere', ...where(code, '- [x] Authentication') }];

new RuleTester({ plugin: 'stride' }).run(authDeclared, {
  valid: [
    design({ api: api() }),
    { name: 'authentication ruled out', code: design({ api: api({ schemes: false, security: false }), controls: ['- [x] Authentication: N/A, internal batch job without an API.', ...CONTROLS.slice(1)] }) },
  ],
  invalid: [
    { name: 'no security scheme', code: noSchemes, errors: [{ messageId: 'noSchemes', ...where(noSchemes, 'openapi: 3.0.3'), related: related(noSchemes) }] },
    {
      name: 'schemes, but operations that require none',
      code: noSecurity,
      errors: [
        { messageId: 'noRequirement', data: { operation: 'GET /v1/sellers/{sellerId}/payout-schedule' }, ...where(noSecurity, 'get:'), related: related(noSecurity) },
        { messageId: 'noRequirement', data: { operation: 'PUT /v1/sellers/{sellerId}/payout-schedule' }, ...where(noSecurity, 'put:'), related: related(noSecurity) },
      ],
    },
  ],
});
