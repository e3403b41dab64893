import type { Rule } from '@design-check/core';
import { hasProto } from '../model.js';
import { reportProblems } from '../report.js';

/** A field, map value or rpc whose message or enum type no block defines. */
export const knownTypes: Rule<undefined, 'unknownType'> = {
  name: 'known-types',
  meta: {
    description: 'Require every message and enum type that a proto field or rpc uses to be a scalar, a well-known type or defined in a proto block of the document.',
    messages: {
      unknownType: "Unexpected type '{{type}}' of {{usedBy}}: no proto block of the document defines it{{hint}}; define the message or enum, or use a scalar or a well-known type (google.protobuf.Timestamp)",
    },
    appliesTo: hasProto,
  },
  check: (ctx) => reportProblems(ctx, ['unknownType']),
};
