import type { Location, Rule } from '@design-check/core';
import { graphqlModelOf, hasGraphql } from '../model.js';

type MessageId = 'missingField' | 'fieldType' | 'missingArgument' | 'argumentType' | 'extraArgument' | 'transitive' | 'notInterface' | 'twice' | 'circular' | 'declared';

/** The interface errors of graphql-js's `validateSchema`: pattern, message, which node is the offender, data names. */
const KINDS: Array<[RegExp, MessageId, 'first' | 'last', string[]]> = [
  [/^Interface field (\w+)\.(\w+) expected but (\w+) does not provide it\.$/, 'missingField', 'last', ['iface', 'field', 'type']],
  [/^Interface field (\w+)\.(\w+) expects type (.+) but (\w+)\.\w+ is type (.+)\.$/, 'fieldType', 'last', ['iface', 'field', 'expected', 'type', 'actual']],
  [/^Interface field argument (\w+)\.(\w+)\((\w+):\) expected but (\w+)\.\w+ does not provide it\.$/, 'missingArgument', 'last', ['iface', 'field', 'arg', 'type']],
  [/^Interface field argument (\w+)\.(\w+)\((\w+):\) expects type (.+) but (\w+)\.\w+\(\w+:\) is type (.+)\.$/, 'argumentType', 'last', ['iface', 'field', 'arg', 'expected', 'type', 'actual']],
  [/^Object field (\w+)\.(\w+) includes required argument (\w+) that is missing from the Interface field (\w+)\.\w+\.$/, 'extraArgument', 'first', ['type', 'field', 'arg', 'iface']],
  [/^Type (\w+) must implement (\w+) because it is implemented by (\w+)\.$/, 'transitive', 'last', ['type', 'missing', 'iface']],
  [/^Type (\w+) must only implement Interface types, it cannot implement (\w+)\.$/, 'notInterface', 'last', ['type', 'iface']],
  [/^Type (\w+) can only implement (\w+) once\.$/, 'twice', 'last', ['type', 'iface']],
  [/^Type (\w+) cannot implement (?:itself|(\w+)) because it would create a circular reference\.$/, 'circular', 'last', ['type', 'iface']],
];

/** An object or interface type that does not implement an interface it claims, as graphql-js's `validateSchema` finds. */
export const interfacesImplemented: Rule<undefined, MessageId> = {
  name: 'interfaces-implemented',
  meta: {
    description: 'Require every GraphQL type that claims an interface to implement all its fields and arguments with compatible types.',
    messages: {
      missingField: "Add field '{{field}}' to {{type}}: it implements {{iface}}, which defines {{iface}}.{{field}}",
      fieldType: 'Unexpected type {{actual}} for {{type}}.{{field}}, expected {{expected}} (or a subtype of it) as the interface field {{iface}}.{{field}} declares',
      missingArgument: "Add argument '{{arg}}' to {{type}}.{{field}}: the interface field {{iface}}.{{field}} takes it",
      argumentType: 'Unexpected type {{actual}} for the argument {{type}}.{{field}}({{arg}}:), expected {{expected}} as in the interface field {{iface}}.{{field}}',
      extraArgument: "Unexpected required argument '{{arg}}' of {{type}}.{{field}}: the interface field {{iface}}.{{field}} does not take it; make it optional or add it to the interface",
      transitive: 'Add {{missing}} to the interfaces of {{type}}: {{iface}}, which {{type}} implements, implements {{missing}}',
      notInterface: 'Unexpected {{iface}} in the interfaces of {{type}}, expected an interface type',
      twice: 'Unexpected {{iface}} twice in the interfaces of {{type}}, expected it once',
      circular: 'Unexpected circular implementation: {{type}} would implement itself; remove it from the interfaces',
      declared: 'Declared here',
    },
    appliesTo: hasGraphql,
  },
  async check(ctx) {
    for (const e of (await graphqlModelOf(ctx)).errors) {
      if (e.rule !== 'schema' || e.at.length === 0) continue;
      for (const [pattern, messageId, offender, keys] of KINDS) {
        const m = pattern.exec(e.message);
        if (!m) continue;
        const data = Object.fromEntries(keys.map((k, i) => [k, m[i + 1] ?? m[1]]));
        const at = offender === 'first' ? e.at[0] : e.at[e.at.length - 1];
        const other: Location | undefined = offender === 'first' ? e.at[1] : e.at.length > 1 ? e.at[0] : undefined;
        ctx.report({ messageId, data, at, related: other ? [{ messageId: 'declared', at: other }] : [] });
        break;
      }
    }
  },
};

/** True when `interfaces-implemented` words this `validateSchema` message. */
export function isInterfaceError(message: string): boolean {
  return KINDS.some(([pattern]) => pattern.test(message));
}
