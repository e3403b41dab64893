import type { Rule } from '@design-check/core';
import { hasProto } from '../model.js';
import { reportProblems } from '../report.js';

type Kind = 'numberReused' | 'numberReserved' | 'nameReserved' | 'numberImplementation' | 'numberRange';

/** Field numbers reused in a message, reserved, in the range the implementation keeps, or out of range. */
export const fieldNumbers: Rule<undefined, Kind | 'related'> = {
  name: 'field-numbers',
  meta: {
    description: 'Require every field of a proto message to have its own number, from 1 to 536870911, outside 19000–19999 and outside the reserved numbers and names of its message.',
    messages: {
      numberReused: "Unexpected field number {{number}} for '{{field}}' in {{message}}: '{{first}}' uses it already; give each field of a message its own number",
      numberReserved: "Unexpected field number {{number}} for '{{field}}' in {{message}}: it is reserved; pick a number that was never used, or remove it from `reserved` if it never was",
      nameReserved: "Unexpected field name '{{field}}' in {{message}}: it is reserved; pick another name, or remove it from `reserved` if it was never used",
      numberImplementation: "Unexpected field number {{number}} for '{{field}}' in {{message}}, expected a number outside 19000–19999, which Protocol Buffers reserves for its implementation",
      numberRange: "Unexpected field number {{number}} for '{{field}}' in {{message}}, expected a number from 1 to 536870911",
      related: 'Declared here',
    },
    appliesTo: hasProto,
  },
  check: (ctx) => reportProblems(ctx, ['numberReused', 'numberReserved', 'nameReserved', 'numberImplementation', 'numberRange'], 'related'),
};
