import { resolve } from 'node:path';
import { findConfig, isIgnored, loadConfigFile, resolveConfig, ruleId, toSeverity, type Plugin, type RulesConfig } from '@design-check/core';
import type { CliIO } from './io.js';

const SHOW = { error: 'error', warning: 'warn', info: 'info', off: 'off' } as const;

/** design-check's plugins and those the config of the working folder (or `--config`) loads. */
export async function configuredPlugins(plugins: Plugin[], configPath: string | undefined, io: CliIO): Promise<Plugin[]> {
  const loaded = configPath ? await loadConfigFile(resolve(io.cwd, configPath)) : await findConfig(resolve(io.cwd, 'design.md'));
  return resolveConfig(plugins, loaded).plugins;
}

/** A rule's severity in one of its plugin's configs (`strict` falls back to `recommended`). */
function levelIn(p: Plugin, id: string, which: 'recommended' | 'strict'): string {
  const entry = (which === 'strict' ? p.configs.strict[id] : undefined) ?? p.configs.recommended[id] ?? 'off';
  return SHOW[toSeverity(Array.isArray(entry) ? entry[0] : entry)];
}

/**
 * Print the rules of every plugin (design-check's and those the config loads) with their
 * severity in the plugin's recommended and strict configs and whether `--fix` repairs them.
 */
export async function listRules(plugins: Plugin[], configPath: string | undefined, io: CliIO): Promise<number> {
  const rows: string[][] = [['rule', 'recommended', 'strict', 'fixable', 'description']];
  for (const p of await configuredPlugins(plugins, configPath, io)) {
    for (const r of p.rules) {
      const id = ruleId(p.name, r.name);
      rows.push([id, levelIn(p, id, 'recommended'), levelIn(p, id, 'strict'), r.meta.fixable ? 'yes' : '', r.meta.description]);
    }
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  io.stdout(`${rows.map((r) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n')}\n`);
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
