import { RuleTester } from '@design-check/core';
import { metrics } from '../__fixtures__/docs.js';
import { metricCardinality } from './metric-cardinality.js';

const one = (labels: string) => metrics([['`export.jobs.created`', 'counter', labels, 'Jobs created']]);
const user = one('format, `user.id`');
const email = one('customer_email, tier');
const two = one('request_id, enduser.id');

new RuleTester({ plugin: 'slo' }).run(metricCardinality, {
  valid: [one('format, customer_tier').code, one('partner_id, status_code').code, { name: 'custom list', code: one('user.id').code, options: { dimensions: ['session.id'] } }],
  invalid: [
    { code: user.code, errors: [{ messageId: 'high', data: { label: 'user.id', metric: 'export.jobs.created' }, ...user.at('user.id') }] },
    { code: email.code, errors: [{ messageId: 'high', data: { label: 'customer_email', metric: 'export.jobs.created' }, ...email.at('customer_email') }] },
    { code: two.code, errors: [{ messageId: 'high', data: { label: 'request_id', metric: 'export.jobs.created' }, ...two.at('request_id') }, { messageId: 'high', data: { label: 'enduser.id', metric: 'export.jobs.created' }, ...two.at('enduser.id') }] },
  ],
});
