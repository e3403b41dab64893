import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import { createRequire } from 'node:module';
import type { Plugin, RulesConfig } from '../types.js';
import { configSchema } from './schema.js';
import { ConfigError, validateAgainst } from './validate.js';
import { loadPlugins } from './plugins.js';

/** A config file as users write it. */
export interface UserConfig {
  /** Stop here: configs in the folders above do not apply. */
  root?: boolean;
  /**
   * Plugins to load besides design-check's own, by package name (resolved from the config's
   * folder, never fetched) or by path from it (`./tools/plugin.mjs`). Their rules are off until
   * `extends` names their configs (`plugin:adr/recommended`) or `rules` sets them.
   */
  plugins?: string[];
  extends?: string | string[];
  /**
   * The design documents, as globs relative to the config's folder: a file that a folder or a
   * glob reaches is checked when they match it, whatever its content. Without `files`, a file is
   * checked when it has a Metadata table and the template's sections.
   */
  files?: string | string[];
  rules?: RulesConfig;
  ignores?: string[];
  overrides?: Array<{ files: string | string[]; rules?: RulesConfig; settings?: Record<string, unknown> }>;
  settings?: Record<string, unknown>;
}

/** A config with the file it came from; `dir` anchors its globs. */
export interface LoadedConfig {
  config: UserConfig;
  filepath?: string;
  dir: string;
  /** The plugins its `plugins` key names, loaded. */
  plugins?: Plugin[];
  /** The config of a folder above that this one cascades from (none above a `root: true`). */
  parent?: LoadedConfig;
}

/** Where design-check looks for its config, in each folder from the document upward. */
export const CONFIG_FILES = [
  'package.json',
  'design-check.config.json',
  'design-check.config.yaml',
  'design-check.config.yml',
  'design-check.config.mjs',
  '.design-checkrc',
  '.design-checkrc.json',
  '.design-checkrc.yaml',
  '.design-checkrc.yml',
];

/**
 * The YAML parser's message on one line, its place in brackets: "Tabs are not allowed as
 * indentation (line 2, column 1)", not "… at line 2, column 1:" followed by a code excerpt.
 */
export function yamlReason(message: string): string {
  const first = message.split('\n')[0].trim();
  const at = /^(.*?)\s+at line (\d+), column (\d+):?$/.exec(first);
  return at ? `${at[1]} (line ${at[2]}, column ${at[3]})` : first.replace(/:$/, '');
}

const yamlLoader: Loader = (filepath, content) => {
  try {
    // The YAML parser is loaded only for a YAML config.
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    return parse(content, { maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new ConfigError(`cannot parse the config: ${yamlReason((e as Error).message)}`, filepath);
  }
};

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`cannot parse the config as JSON: ${(e as Error).message}`, filepath);
  }
};

/** Where a module config's own code failed (`line 3`), from the error's stack. */
function moduleLine(e: unknown, filepath: string): string {
  const url = pathToFileURL(filepath).href;
  const at = String((e as Error)?.stack ?? '')
    .split('\n')
    .find((l) => l.includes(url));
  const m = at && /:(\d+):\d+\)?\s*$/.exec(at);
  return m ? ` (line ${m[1]})` : '';
}

/**
 * A JavaScript config: its default export. A syntax error, a throw while it loads or a missing
 * default export is a ConfigError that names the file (never a stack trace).
 */
const moduleLoader: Loader = async (filepath) => {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(filepath).href)) as Record<string, unknown>;
  } catch (e) {
    const err = e as Error;
    const what = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(e);
    throw new ConfigError(`cannot load the config: ${what}${moduleLine(e, filepath)}`, filepath);
  }
  if (mod.default === undefined) {
    throw new ConfigError('the config module has no default export; write `export default { rules: { … } }`', filepath);
  }
  return mod.default;
};

const LOADERS = { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, '.mjs': moduleLoader, '.js': moduleLoader, '.cjs': moduleLoader, noExt: yamlLoader };

const explorer = lilconfig('design-check', {
  searchPlaces: CONFIG_FILES,
  packageProp: 'designCheck',
  loaders: LOADERS,
});

function checked(config: unknown, filepath: string): UserConfig {
  // In package.json the config is the designCheck key: name keys from there.
  validateAgainst(configSchema, config, filepath, basename(filepath) === 'package.json' ? 'designCheck' : '');
  return config as UserConfig;
}

/** A config object with its plugins loaded (from `dir`); errors name `file`, or `label` for an object given in code. */
export async function loadConfigObject(config: unknown, dir: string, file?: string, label = file ?? 'config'): Promise<LoadedConfig> {
  const user = checked(config ?? {}, label);
  return { config: user, ...(file ? { filepath: file } : {}), dir, plugins: await loadPlugins(user.plugins, dir, label) };
}

/** The nearest config at or above `dir`, without the ones above it. */
async function nearest(dir: string): Promise<LoadedConfig | undefined> {
  const found = await explorer.search(dir);
  if (!found) return undefined;
  return loadConfigObject(found.isEmpty ? {} : found.config, dirname(found.filepath), found.filepath);
}

/**
 * Find the configs that govern `filePath`: the nearest one from its folder upward, which
 * cascades from the next one above it, and so on up to a config with `root: true`.
 */
export async function findConfig(filePath: string): Promise<LoadedConfig | undefined> {
  const first = await nearest(dirname(resolve(filePath)));
  for (let at = first; at && !at.config.root; at = at.parent) {
    const up = dirname(at.dir);
    if (up === at.dir) break;
    at.parent = await nearest(up);
  }
  return first;
}

/** The configs that apply, from the root one down to the nearest (`loaded` itself). */
export function configChain(loaded: LoadedConfig | undefined): LoadedConfig[] {
  const out: LoadedConfig[] = [];
  for (let at = loaded; at; at = at.parent) out.unshift(at);
  return out;
}

/** Load the config file named with `--config`. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const abs = resolve(path);
  const info = await stat(abs).catch(() => undefined);
  if (!info) throw new ConfigError('cannot read the config file: no such file', path);
  if (!info.isFile()) throw new ConfigError('cannot read the config file: it is a folder, not a file', path);
  const ext = extname(abs);
  if (ext && !(ext in LOADERS)) {
    throw new ConfigError(`cannot read the config file: unsupported file type "${ext}"; use .json, .yaml, .yml, .mjs, .design-checkrc or package.json`, path);
  }
  const found = await explorer.load(abs);
  return loadConfigObject(found?.config ?? {}, dirname(abs), abs);
}

/** Forget cached config look-ups (for long-running hosts such as a language server). */
export function clearConfigCache(): void {
  explorer.clearCaches();
}
