import type { Rule } from '@design-check/core';
import { hasValue, isEmpty, isLeftover, isNotApplicable } from '../cells.js';
import { has, sloModel } from '../model.js';
import { parseDurations, parseNumbers } from '../values.js';

type MessageId = 'users' | 'noUsers' | 'duration' | 'noDuration';

/** A load test names how many users and for how long. */
export const loadTestPlan: Rule<Record<string, never>, MessageId> = {
  name: 'load-test-plan',
  meta: {
    description: 'Require every Load Test Plan scenario to give a positive whole number of concurrent users and a duration with a unit.',
    messages: {
      users: 'Unexpected concurrent users "{{users}}" in scenario \'{{scenario}}\', expected a positive whole number such as 400',
      noUsers: "Write the number of concurrent users of scenario '{{scenario}}'",
      duration: 'Unexpected duration "{{duration}}" in scenario \'{{scenario}}\', expected a number with a unit such as 30 min',
      noDuration: "Write how long scenario '{{scenario}}' runs (such as 30 min)",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('loads'),
  },
  check(ctx) {
    for (const l of sloModel(ctx.doc).loads) {
      const scenario = l.scenario?.text ?? '';
      if (isNotApplicable(l.users) && isNotApplicable(l.duration)) continue;
      if (hasValue(l.users) && !isNotApplicable(l.users)) {
        if (!parseNumbers(l.users.plain).some((n) => n.value > 0 && Number.isInteger(n.value))) ctx.report({ messageId: 'users', data: { users: l.users.text, scenario }, at: l.users });
      } else if (l.users && isEmpty(l.users) && !isLeftover(l.users)) {
        ctx.report({ messageId: 'noUsers', data: { scenario }, at: l.users });
      }
      // A duration in words (`one run`, `until the queue drains`) is the author's to choose.
      if (hasValue(l.duration) && !isNotApplicable(l.duration)) {
        if (/\d/.test(l.duration.plain) && !parseDurations(l.duration.plain).length) ctx.report({ messageId: 'duration', data: { duration: l.duration.text, scenario }, at: l.duration });
      } else if (l.duration && isEmpty(l.duration) && !isLeftover(l.duration)) {
        ctx.report({ messageId: 'noDuration', data: { scenario }, at: l.duration });
      }
    }
  },
};
