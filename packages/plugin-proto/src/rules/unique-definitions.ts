import type { Rule } from '@design-check/core';
import { hasProto } from '../model.js';
import { reportProblems } from '../report.js';

/** A message, enum, service, field, enum value or rpc defined twice in its scope, in one block or across blocks. */
export const uniqueDefinitions: Rule<undefined, 'duplicate' | 'first'> = {
  name: 'unique-definitions',
  meta: {
    description: 'Disallow defining a proto message, enum, service, field, enum value or rpc twice in one scope across the blocks of the document.',
    messages: {
      duplicate: 'Unexpected second definition of {{what}}, expected one; merge the two definitions or rename one',
      first: 'First defined here',
    },
    appliesTo: hasProto,
  },
  check: (ctx) => reportProblems(ctx, ['duplicate'], 'first'),
};
