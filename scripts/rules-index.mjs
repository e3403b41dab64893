// Writes docs/rules/README.md, the list of every rule, from the built plugins' metadata.
// Run after `pnpm build`: `node scripts/rules-index.mjs`.
import { writeFileSync } from 'node:fs';
import { RUNNER_RULES, resolveConfig } from '../packages/core/dist/index.js';
import { defaultPlugins } from '../apps/cli/dist/plugins.js';

const show = { error: 'error', warning: 'warn', info: 'info', off: 'off' };
const rec = resolveConfig(defaultPlugins, { config: { extends: 'recommended' }, dir: '.' });
const strict = resolveConfig(defaultPlugins, { config: { extends: 'strict' }, dir: '.' });
let md = '# Rules\n\nEvery rule of design-check, with its severity in the `recommended` and `strict` configs.\nEach page says why the rule exists, shows an incorrect and a correct example, and lists its options.\n';
for (const p of defaultPlugins) {
  md += `\n## ${p.name}\n\n| rule | recommended | strict | what it checks |\n|---|---|---|---|\n`;
  for (const r of p.rules) {
    const id = `${p.name}/${r.name}`;
    md += `| [${id}](${id}.md) | ${show[rec.rules.get(id).severity]} | ${show[strict.rules.get(id).severity]} | ${r.meta.description} |\n`;
  }
}
md += '\n## Findings of the runner\n\n| id | what it means |\n|---|---|\n';
for (const [id, d] of Object.entries(RUNNER_RULES)) md += `| [${id}](${id}.md) | ${d} |\n`;
writeFileSync(new URL('../docs/rules/README.md', import.meta.url), md);
console.log('wrote docs/rules/README.md');
