import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from '../types.js';
import { ConfigError } from './validate.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const loaded = new Map<string, Promise<Plugin>>();
const modules = new WeakMap<Plugin, string>();

/** The file a plugin that a config named was loaded from (undefined for a plugin given in code). */
export function pluginFile(plugin: Plugin): string | undefined {
  return modules.get(plugin);
}

/** A module that loaded but whose default export is not a plugin. */
class NotAPlugin extends Error {}

/** Why a module's default export is not a plugin, or undefined when it is one. */
function notAPlugin(value: unknown): string | undefined {
  const p = value as Partial<Plugin> | undefined;
  if (!p || typeof p !== 'object') return 'it has no default export (export default definePlugin({ … }) from @design-check/core)';
  if (typeof p.name !== 'string' || !KEBAB.test(p.name)) return 'its default export has no kebab-case "name" (the prefix of its rule ids)';
  if (!Array.isArray(p.rules) || p.rules.some((r) => !r || typeof r.name !== 'string' || typeof r.check !== 'function' || !r.meta)) {
    return 'its default export has no "rules" list of rules (name, meta, check)';
  }
  if (!p.configs || typeof p.configs.recommended !== 'object') return 'its default export has no "configs.recommended" (build it with definePlugin from @design-check/core)';
  return undefined;
}

/** The module URL of a plugin named in a config: a package name, or a path from the config's folder. */
function locate(spec: string, dir: string, resolveModule: typeof import('import-meta-resolve').resolve): string {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const path = resolve(dir, spec);
    if (!existsSync(path)) throw new Error(`there is no file ${path} (a path is read from the config's folder)`);
    return pathToFileURL(path).href;
  }
  // As Node resolves an import written in a file of the config's folder: its node_modules and up.
  return resolveModule(spec, pathToFileURL(join(dir, 'design-check.config.mjs')).href);
}

/**
 * Load the plugins a config names (`plugins: ['@acme/design-check-plugin-adr']`), resolved from
 * the config file's folder as Node resolves an import there; nothing is ever installed or
 * fetched. A plugin that cannot be found or loaded, or that is not a plugin, is a ConfigError
 * naming it.
 */
export async function loadPlugins(specs: readonly string[] | undefined, dir: string, file: string | undefined): Promise<Plugin[]> {
  const out: Plugin[] = [];
  if (!specs?.length) return out;
  // Loaded only by a config that names plugins.
  const { resolve: resolveModule } = await import('import-meta-resolve');
  for (const [i, spec] of specs.entries()) {
    const key = `plugins[${i}]`;
    let url: string;
    try {
      url = locate(spec, dir, resolveModule);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ERR_MODULE_NOT_FOUND' ? `it is not installed where the config is (install it: npm install --save-dev ${spec})` : (e as Error).message.split('\n')[0];
      throw new ConfigError(`cannot load plugin "${spec}": ${why}`, file, key);
    }
    let pending = loaded.get(url);
    if (!pending) {
      pending = import(url).then((mod: { default?: unknown }) => {
        const problem = notAPlugin(mod.default);
        if (problem) throw new NotAPlugin(problem);
        if (url.startsWith('file:')) modules.set(mod.default as Plugin, fileURLToPath(url));
        return mod.default as Plugin;
      });
      loaded.set(url, pending);
      pending.catch(() => loaded.delete(url));
    }
    try {
      out.push(await pending);
    } catch (e) {
      const err = e as Error;
      const why = err instanceof NotAPlugin ? err.message : `${err?.name}: ${String(err?.message).split('\n')[0]}`;
      throw new ConfigError(`cannot load plugin "${spec}": ${why}`, file, key);
    }
  }
  return out;
}
