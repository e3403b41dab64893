// Writes docs/rules/README.md, the list of every rule, from the built plugins' metadata.
// Run after `pnpm build`: `node scripts/rules-index.mjs`. A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { renderRulesIndex } from '../packages/core/dist/index.js';
import { defaultPlugins } from '../packages/plugins/dist/index.js';

writeFileSync(new URL('../docs/rules/README.md', import.meta.url), renderRulesIndex(defaultPlugins));
console.log('wrote docs/rules/README.md');
