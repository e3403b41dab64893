import { RuleTester } from '@design-check/core';
import { design, replaceRow, THREATS, where } from '../__fixtures__/docs.js';
import { acceptedRisk } from './accepted-risk.js';

const threat = 'Stolen seller session changes the payout schedule';
const row = (likelihood: string, impact: string, mitigation: string) =>
  design({ threats: replaceRow(THREATS, 'Stolen seller session', `| ${threat} | Spoofing | ${likelihood} | ${impact} | ${mitigation} |`) });

const accepted = row('high', 'high', 'Accepted');
const riskAccepted = row('**H**', '🔴 High', 'Risk accepted (sessions expire after 15 minutes)');
const none = row('High', 'Critical', 'None');

new RuleTester({ plugin: 'stride' }).run(acceptedRisk, {
  valid: [
    design(),
    { name: 'accepted, but not High/High', code: row('low', 'high', 'Accepted') },
    { name: 'accepted by a named owner', code: row('high', 'high', 'Risk accepted by the CISO on 2026-03-02') },
    { name: 'accepted with a link to the decision', code: row('high', 'high', 'Accepted, see [risk register](https://risk.example.com/R-17)') },
    { name: 'accepted with a ticket', code: row('high', 'high', 'Accepted until Q3 (RISK-214)') },
    { name: 'accepted by a handle', code: row('high', 'high', 'Accepted: @payments-security-lead') },
    { name: 'a real mitigation that mentions acceptance later', code: row('high', 'high', 'Step-up authentication; residual risk accepted') },
    { name: 'n/a is stride/threat-mitigation\'s', code: row('high', 'high', 'n/a') },
  ],
  invalid: [
    {
      name: 'merely "Accepted"',
      code: accepted,
      errors: [{ messageId: 'bareAcceptance', data: { value: 'Accepted', threat, likelihood: 'High', impact: 'High' }, ...where(accepted, 'Accepted') }],
    },
    {
      name: '"Risk accepted" with a reason but no owner, bold and emoji ratings',
      code: riskAccepted,
      errors: [{ messageId: 'bareAcceptance', data: { value: 'Risk accepted (sessions expire after 15 minutes)', threat, likelihood: 'High', impact: 'High' }, ...where(riskAccepted, 'Risk accepted') }],
    },
    {
      name: '"None" on a critical threat',
      code: none,
      errors: [{ messageId: 'bareAcceptance', data: { value: 'None', threat, likelihood: 'High', impact: 'Critical' }, ...where(none, 'None') }],
    },
    {
      name: 'custom high values',
      code: row('likely', 'severe', 'accepted'),
      options: { likelihood: ['Likely'], impact: ['Severe'] },
      errors: [{ messageId: 'bareAcceptance', data: { value: 'accepted', threat, likelihood: 'Likely', impact: 'Severe' }, line: 23, column: 84 }],
    },
  ],
});
