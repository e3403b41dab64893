import { definePlugin, fenceLanguages, type Plugin, type Rule } from '@design-check/core';
import { preloadTypeScript } from '@design-check/typescript-model';
import { syntax } from './rules/syntax.js';
import { compile } from './rules/compile.js';
import { matchesOpenapi } from './rules/matches-openapi.js';
import { contractTypes } from './rules/contract-types.js';

/** Every rule of the plugin, in the order they run. */
export const rules: Rule[] = [syntax, compile, matchesOpenapi, contractTypes];

/** The TypeScript plugin: the shared types compiled in memory, held against OpenAPI and the contracts table. */
export const typescript: Plugin = definePlugin({
  name: 'typescript',
  rules,
  recommended: {
    'typescript/syntax': { level: 'error', why: 'A type that does not parse cannot be built against by either stream.' },
    'typescript/compile': { level: 'error', why: 'Types that do not compile become two incompatible implementations.' },
    'typescript/matches-openapi': { level: 'error', why: 'A shared type that disagrees with the API schema splits client and server.' },
    'typescript/contract-types': { level: 'warn', why: 'A contract that names a type nobody declared leaves its content open.' },
  },
  strict: {
    'typescript/contract-types': { level: 'error', why: 'In strict mode every contract names only declared types.' },
  },
  engines: [
    {
      name: 'typescript',
      usedBy: rules.map((r) => `typescript/${r.name}`),
      neededBy: (text) => fenceLanguages(text).has('typescript'),
      load: preloadTypeScript,
    },
  ],
});

export default typescript;
export { syntax, compile, matchesOpenapi, contractTypes };
