import { createRequire } from 'node:module';

/** The rule ids of the installed engines, from their own tables (loads both engines). */
export async function engineRuleIds() {
  const require = createRequire(import.meta.url);
  const redoclyAll = require.resolve('@redocly/openapi-core').replace(/index\.js$/, 'config/all.js');
  const all = (await import(redoclyAll)).default;
  const keys = ['rules', 'oas2Rules', 'oas3_0Rules', 'oas3_1Rules', 'oas3_2Rules'];
  const redocly = [...new Set(keys.flatMap((k) => Object.keys(all[k] ?? {})))].sort();
  const rulesets = require('@stoplight/spectral-rulesets');
  const spectral = Object.keys(rulesets.oas.rules).sort();
  return { redocly, spectral };
}
