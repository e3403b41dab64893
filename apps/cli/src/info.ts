import { resolve } from 'node:path';
import { findConfig, isIgnored, loadConfigFile, resolveConfig, ruleId, type Plugin, type RulesConfig } from '@design-check/core';
import type { CliIO } from './io.js';

const SHOW = { error: 'error', warning: 'warn', info: 'info', off: 'off' } as const;

/** Print the rules of every plugin with their recommended and strict severity. */
export function listRules(plugins: Plugin[], io: CliIO): number {
  const rows: string[][] = [['rule', 'recommended', 'strict', 'description']];
  for (const p of plugins) {
    const rec = resolveConfig(plugins, { config: { extends: 'recommended' }, dir: '.' });
    const strict = resolveConfig(plugins, { config: { extends: 'strict' }, dir: '.' });
    for (const r of p.rules) {
      const id = ruleId(p.name, r.name);
      rows.push([id, SHOW[rec.rules.get(id)!.severity], SHOW[strict.rules.get(id)!.severity], r.meta.description]);
    }
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  io.stdout(`${rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n')}\n`);
  return 0;
}

/** Print, as JSON, the config file, whether its `ignores` skip the file, and the severity and options of every rule for one file. */
export async function printConfig(plugins: Plugin[], file: string, configPath: string | undefined, cliRules: RulesConfig, io: CliIO): Promise<number> {
  const abs = resolve(io.cwd, file);
  const loaded = configPath ? await loadConfigFile(resolve(io.cwd, configPath)) : await findConfig(abs);
  const resolved = resolveConfig(plugins, loaded, abs, cliRules);
  const rules: Record<string, unknown> = {};
  for (const [id, s] of [...resolved.rules].sort(([a], [b]) => a.localeCompare(b))) {
    rules[id] = s.options === undefined ? SHOW[s.severity] : [SHOW[s.severity], s.options];
  }
  io.stdout(`${JSON.stringify({ configFile: loaded?.filepath ?? null, ignored: isIgnored(loaded, abs), settings: resolved.settings, rules }, null, 2)}\n`);
  return 0;
}
