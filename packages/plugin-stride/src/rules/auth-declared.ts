import type { Rule } from '@design-check/core';
import { isObj, mayHaveFragments, openApiModelOf, operations } from '@design-check/openapi-model';
import { claimed } from '../claims.js';
import { appliesTo, threatModelOf } from '../model.js';
import { NO_OPTIONS } from '../util.js';

type MessageId = 'noSchemes' | 'noRequirement' | 'claimedHere';

/** When Security Controls claim authentication, the API declares its security schemes and requires them. */
export const authDeclared: Rule<Record<string, never>, MessageId> = {
  name: 'auth-declared',
  meta: {
    description: 'Warn when Security Controls claim authentication but the OpenAPI fragments declare no security scheme or requirement.',
    messages: {
      noSchemes: 'Missing security scheme in the OpenAPI fragments: Security Controls claim authentication; declare it under components.securitySchemes and require it with `security`',
      noRequirement: 'Missing security requirement on {{operation}}: Security Controls claim authentication; add `security` to the operation or the root (`security: []` for a public operation)',
      claimedHere: 'Authentication is claimed here',
    },
    schema: NO_OPTIONS,
    defaultOptions: {},
    appliesTo: (doc) => appliesTo(doc) && mayHaveFragments(doc),
  },
  check(ctx) {
    const control = claimed(threatModelOf(ctx.doc).controls, 'Authentication');
    if (!control) return;
    const model = openApiModelOf(ctx);
    const ops = operations(model).filter((site) => site.base === 'paths');
    if (!ops.length) return;
    const related = [{ messageId: 'claimedHere' as const, at: { line: control.at.line, column: control.at.column } }];
    const description = model.merged.description;
    const components = isObj(description.components) ? description.components : {};
    if (!isObj(components.securitySchemes) || !Object.keys(components.securitySchemes).length) {
      const first = ops[0];
      ctx.report({ messageId: 'noSchemes', at: model.locateIn(first.fragment.index, []), related });
      return;
    }
    if (Array.isArray(description.security)) return;
    for (const site of ops) {
      if (site.op.security !== undefined) continue;
      ctx.report({ messageId: 'noRequirement', data: { operation: site.label }, at: model.locateIn(site.fragment.index, site.path), related });
    }
  },
};
