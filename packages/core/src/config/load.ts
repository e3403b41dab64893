import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import type { RulesConfig } from '../types.js';
import { configSchema } from './schema.js';
import { ConfigError, validateAgainst } from './validate.js';

/** A config file as users write it. */
export interface UserConfig {
  root?: boolean;
  extends?: string | string[];
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

const yamlLoader: Loader = (filepath, content) => {
  try {
    return parseYaml(content, { maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new ConfigError(`cannot parse the config: ${(e as Error).message.split('\n')[0]}`, filepath);
  }
};

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`cannot parse the config as JSON: ${(e as Error).message}`, filepath);
  }
};

const explorer = lilconfig('design-check', {
  searchPlaces: CONFIG_FILES,
  packageProp: 'designCheck',
  loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
});

function checked(config: unknown, filepath: string): UserConfig {
  if (filepath.endsWith('.mjs') && config && typeof config === 'object' && 'default' in config) {
    config = (config as { default: unknown }).default;
  }
  validateAgainst(configSchema, config, filepath);
  return config as UserConfig;
}

/** Find the config that governs `filePath`, searching from its folder upward. */
export async function findConfig(filePath: string): Promise<LoadedConfig | undefined> {
  const found = await explorer.search(dirname(resolve(filePath)));
  if (!found || found.isEmpty) return found ? { config: {}, filepath: found.filepath, dir: dirname(found.filepath) } : undefined;
  return { config: checked(found.config, found.filepath), filepath: found.filepath, dir: dirname(found.filepath) };
}

/** Load the config file named with `--config`. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const abs = resolve(path);
  try {
    await readFile(abs);
  } catch {
    throw new ConfigError(`cannot read the config file "${path}": no such file`, path);
  }
  const found = await explorer.load(abs);
  return { config: checked(found?.config ?? {}, abs), filepath: abs, dir: dirname(abs) };
}

/** Forget cached config look-ups (for long-running hosts such as a language server). */
export function clearConfigCache(): void {
  explorer.clearCaches();
}
