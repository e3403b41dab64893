import { ConfigError } from '@design-check/core';
import { findConfigFile, extendsList, loadExtended, readConfig, shown, type ConfigIssue } from './project-config.js';

/** What a project's `.spectral.yaml` asks for, as data (functions still named). */
export interface SpectralSetup {
  /** How much of `spectral:oas` is on; `none` when the config does not extend it. */
  mode: 'recommended' | 'all' | 'off' | 'none';
  rules: Record<string, unknown>;
  aliases: Record<string, unknown>;
  /** Rule names the project config names; fragment-noise filtering leaves them alone. */
  named: Set<string>;
  issues: ConfigIssue[];
  /** The config file, relative to the project root. */
  file?: string;
  /** The config file's absolute path. */
  path?: string;
  /** Identity of the setup, for caching the built ruleset. */
  key: string;
  /** Every file read or looked for to build the setup. */
  consulted: string[];
}

/** The key of the setup of a project without a Spectral config: design-check's own ruleset. */
export const DEFAULT_SETUP_KEY = 'default';

const NAMES = ['.spectral.yaml', '.spectral.yml', '.spectral.json'];
const CODE_NAMES = ['.spectral.js', '.spectral.mjs', '.spectral.cjs', '.spectral.ts'];
const MODES = new Set(['recommended', 'all', 'off']);

interface Layer {
  mode?: SpectralSetup['mode'];
  rules: Record<string, unknown>;
  aliases: Record<string, unknown>;
}

async function load(file: string, projectRoot: string, issues: ConfigIssue[], depth: number, consulted: string[]): Promise<Layer> {
  consulted.push(file);
  const read = await readConfig(file, projectRoot);
  issues.push(...read.issues);
  const data = read.data ?? {};
  const name = shown(file, projectRoot);
  const layer: Layer = { rules: {}, aliases: {} };
  for (const key of ['functions', 'functionsDir']) {
    if (key in data) issues.push({ file: name, message: `'${key}' is refused: custom JavaScript functions are never run; use Spectral's core functions` });
  }
  for (const [ext, mode] of extendsList(data.extends)) {
    if (ext === 'spectral:oas') {
      if (mode && !MODES.has(mode)) throw new ConfigError(`extends: unknown mode '${mode}' for spectral:oas, expected recommended, all or off`, file, 'extends');
      layer.mode = mode && MODES.has(mode) ? (mode as Layer['mode']) : 'recommended';
      continue;
    }
    if (/^spectral:/.test(ext)) continue;
    const child = await loadExtended(ext, { file, name, depth }, projectRoot, issues, (f, root, list, d) => load(f, root, list, d, consulted));
    if (!child) continue;
    layer.mode = child.mode ?? layer.mode;
    Object.assign(layer.rules, child.rules);
    Object.assign(layer.aliases, child.aliases);
  }
  if (data.rules && typeof data.rules === 'object') Object.assign(layer.rules, data.rules);
  if (data.aliases && typeof data.aliases === 'object') Object.assign(layer.aliases, data.aliases);
  return layer;
}

/**
 * The Spectral setup of a project: `spectral:oas` recommended when there is no config;
 * otherwise the config named in `settings.spectral` or found in the project root.
 */
export async function spectralSetup(projectRoot: string, settings: Record<string, unknown>): Promise<SpectralSetup> {
  const found = findConfigFile(projectRoot, settings.spectral, NAMES, CODE_NAMES);
  const issues: ConfigIssue[] = found.issue ? [found.issue] : [];
  const consulted = [...found.probed];
  if (!found.file) return { mode: 'recommended', rules: {}, aliases: {}, named: new Set(), issues, key: DEFAULT_SETUP_KEY, consulted };
  const layer = await load(found.file, projectRoot, issues, 0, consulted);
  const setup: SpectralSetup = {
    mode: layer.mode ?? 'none',
    rules: layer.rules,
    aliases: layer.aliases,
    named: new Set(Object.keys(layer.rules)),
    issues,
    file: shown(found.file, projectRoot),
    path: found.file,
    key: '',
    consulted,
  };
  setup.key = JSON.stringify([setup.mode, setup.rules, setup.aliases]);
  return setup;
}
