import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, isRemote, readInside, resolveLocal } from '@design-check/core';

/** A problem with a project's engine config; the engine still runs with the rest. */
export interface ConfigIssue {
  /** The config file, relative to the project root. */
  file: string;
  message: string;
}

/** A config file read as data, with the issues met while reading it. */
export interface ReadConfig {
  file?: string;
  /** The file's text, for the engine's own validation of it. */
  text?: string;
  data?: Record<string, unknown>;
  issues: ConfigIssue[];
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** Show `file` relative to the project root. */
export function shown(file: string, projectRoot: string): string {
  return relative(projectRoot, file).split('\\').join('/') || file;
}

/**
 * Find a project's engine config: the path named in `settings[key]` (relative to the project
 * root), else the first of `names` in the project root. Code configs (`.js`, `.mjs`, `.ts`)
 * are never loaded. `probed` lists every path looked for (a cache must see one appear).
 */
export function findConfigFile(projectRoot: string, setting: unknown, names: string[], codeNames: string[]): { file?: string; issue?: ConfigIssue; probed: string[] } {
  const probed: string[] = [];
  const exists = (path: string) => {
    probed.push(path);
    return existsSync(path);
  };
  if (setting === false) return { probed };
  if (typeof setting === 'string' && setting) {
    if (isRemote(setting)) return { issue: { file: setting, message: `a config URL is refused; design-check never fetches configs, keep the file in the project` }, probed };
    const target = resolveLocal(setting, resolve(projectRoot, 'x'), projectRoot);
    if (!target.inside) return { issue: { file: setting, message: 'the config lies outside the project root and is not read' }, probed };
    if (/\.(c|m)?[jt]s$/.test(target.path)) return { issue: { file: setting, message: 'a JavaScript config is not loaded (design-check runs no project code); write it as YAML or JSON' }, probed };
    if (!exists(target.path)) throw new ConfigError(`settings names the engine config '${setting}', which does not exist in the project root`, undefined, 'settings');
    return { file: target.path, probed };
  }
  for (const n of names) {
    const p = resolve(projectRoot, n);
    if (exists(p)) return { file: p, probed };
  }
  for (const n of codeNames) {
    const p = resolve(projectRoot, n);
    if (exists(p)) return { issue: { file: n, message: 'a JavaScript config is not loaded (design-check runs no project code); write it as YAML or JSON' }, probed };
  }
  return { probed };
}

/** The first line of a parser's message, without a dangling `at line 1, column 30:`. */
export function reason(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].replace(/:\s*$/, '');
}

/**
 * Read a YAML/JSON config file inside the project root, with bounded size and aliases. A file
 * that cannot be read or parsed is a ConfigError naming it: the run stops as for a broken
 * design-check config.
 */
export async function readConfig(file: string, projectRoot: string): Promise<ReadConfig> {
  const read = readInside(file, projectRoot, MAX_CONFIG_BYTES);
  if ('problem' in read) {
    if (read.problem === 'outside') return { file, issues: [{ file: shown(file, projectRoot), message: 'the config is a symbolic link to a file outside the project root and is not read' }] };
    if (read.problem === 'tooLarge') return { file, issues: [{ file: shown(file, projectRoot), message: 'the config is larger than 1 MiB and is not read' }] };
    throw new ConfigError(`cannot read the config: ${read.problem === 'notFile' ? 'it is not a regular file' : 'no such file'}`, file);
  }
  const text = read.text;
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new ConfigError(`cannot parse the config: ${reason(e)}`, file);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError('the config is not a mapping of keys (extends, rules, …)', file);
  return { file, text, data: data as Record<string, unknown>, issues: [] };
}

/** The `extends` entries of a config as `[name, mode]` pairs. */
export function extendsList(value: unknown): Array<[string, string | undefined]> {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: Array<[string, string | undefined]> = [];
  for (const e of list) {
    if (typeof e === 'string') out.push([e, undefined]);
    else if (Array.isArray(e) && typeof e[0] === 'string') out.push([e[0], typeof e[1] === 'string' ? e[1] : undefined]);
  }
  return out;
}

/**
 * Resolve one `extends` entry that is not a built-in name: a URL is refused, a relative
 * file inside the project root is returned for reading, anything else is an issue.
 */
export function extendsTarget(name: string, fromFile: string, projectRoot: string): { file?: string; issue?: string } {
  if (isRemote(name)) return { issue: `extends of a URL ('${name}') is refused: design-check never fetches rulesets; copy the rules into the project` };
  if (!/^\.{0,2}\//.test(name) && !/\.(ya?ml|json)$/i.test(name)) return { issue: `extends '${name}' is not supported (only built-in rulesets and YAML/JSON files in the project)` };
  const target = resolveLocal(name, fromFile, projectRoot, 'filesystem');
  if (!target.inside) return { issue: `extends '${name}' lies outside the project root and is not read` };
  if (!existsSync(target.path)) throw new ConfigError(`extends '${name}' does not exist`, fromFile, 'extends');
  return { file: target.path };
}

/**
 * Load the layer an `extends` entry names with `load`, or record why it cannot be read
 * (refused, missing, or nested more than four levels deep) and return undefined.
 */
export async function loadExtended<T>(
  ext: string,
  from: { file: string; name: string; depth: number },
  projectRoot: string,
  issues: ConfigIssue[],
  load: (file: string, projectRoot: string, issues: ConfigIssue[], depth: number) => Promise<T>,
): Promise<T | undefined> {
  const target = extendsTarget(ext, from.file, projectRoot);
  if (target.issue || !target.file) {
    issues.push({ file: from.name, message: target.issue ?? `extends '${ext}' cannot be read` });
    return undefined;
  }
  if (from.depth >= 4) {
    issues.push({ file: from.name, message: `extends '${ext}' nests too deep (more than 4 levels)` });
    return undefined;
  }
  return load(target.file, projectRoot, issues, from.depth + 1);
}
