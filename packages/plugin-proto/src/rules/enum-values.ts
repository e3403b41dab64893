import type { Rule } from '@design-check/core';
import { hasProto } from '../model.js';
import { reportProblems } from '../report.js';

type Kind = 'enumNumberReused' | 'enumNumberReserved' | 'enumNameReserved' | 'enumFirstNotZero';

/** Enum numbers reused without `allow_alias`, reserved ones, and proto3 enums whose first value is not zero. */
export const enumValues: Rule<undefined, Kind | 'related'> = {
  name: 'enum-values',
  meta: {
    description: 'Require every value of a proto enum to have its own number (unless the enum sets allow_alias), outside its reserved numbers and names, and a proto3 enum to start at zero.',
    messages: {
      enumNumberReused: "Unexpected number {{number}} for {{value}} in enum {{enum}}: {{first}} has it already; give it its own number, or set `option allow_alias = true;` if it is an alias",
      enumNumberReserved: 'Unexpected number {{number}} for {{value}} in enum {{enum}}: it is reserved; pick a number that was never used',
      enumNameReserved: 'Unexpected value {{value}} in enum {{enum}}: the name is reserved; pick another name',
      enumFirstNotZero: 'Unexpected first value {{value}} = {{number}} in enum {{enum}}, expected 0: a proto3 enum starts with a zero value (`{{zero}} = 0`), its default',
      related: 'Declared here',
    },
    appliesTo: hasProto,
  },
  check: (ctx) => reportProblems(ctx, ['enumNumberReused', 'enumNumberReserved', 'enumNameReserved', 'enumFirstNotZero'], 'related'),
};
