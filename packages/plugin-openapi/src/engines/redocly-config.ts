import { findConfigFile, extendsList, loadExtended, readConfig, shown, type ConfigIssue } from './project-config.js';

/** What a project's `redocly.yaml` asks for, reduced to what is safe to run. */
export interface RedoclySetup {
  /** Built-in rulesets only (`recommended`, `minimal`, …). */
  extends: string[];
  /** `rules`, `oas3_0Rules`, `oas3_1Rules`, `oas3_2Rules`. */
  rules: Record<string, Record<string, unknown>>;
  /** Rule names the project config names; fragment-noise filtering leaves them alone. */
  named: Set<string>;
  issues: ConfigIssue[];
  /** The config file, relative to the project root. */
  file?: string;
  /** Every config file read (the project's and those it extends), for Redocly's own validation. */
  read: Array<{ path: string; text: string }>;
  key: string;
  /** Every file read or looked for to build the setup. */
  consulted: string[];
}

const NAMES = ['redocly.yaml', 'redocly.yml', '.redocly.yaml', '.redocly.yml'];
const BUILT_IN = new Set(['recommended', 'recommended-strict', 'minimal', 'all', 'spec']);
const RULE_KEYS = ['rules', 'oas3_0Rules', 'oas3_1Rules', 'oas3_2Rules'];

interface Layer {
  extends: string[];
  rules: Record<string, Record<string, unknown>>;
}

async function load(file: string, projectRoot: string, issues: ConfigIssue[], depth: number, texts: RedoclySetup['read'], consulted: string[]): Promise<Layer> {
  consulted.push(file);
  const read = await readConfig(file, projectRoot);
  issues.push(...read.issues);
  if (read.text !== undefined) texts.push({ path: file, text: read.text });
  const data = read.data ?? {};
  const name = shown(file, projectRoot);
  const layer: Layer = { extends: [], rules: {} };
  if ('plugins' in data) issues.push({ file: name, message: "'plugins' is refused: design-check never runs project code; use built-in rules" });
  for (const [ext] of extendsList(data.extends)) {
    if (BUILT_IN.has(ext)) {
      layer.extends.push(ext);
      continue;
    }
    const child = await loadExtended(ext, { file, name, depth }, projectRoot, issues, (f, root, list, d) => load(f, root, list, d, texts, consulted));
    if (!child) continue;
    layer.extends.push(...child.extends);
    for (const [k, v] of Object.entries(child.rules)) layer.rules[k] = { ...layer.rules[k], ...v };
  }
  for (const k of RULE_KEYS) {
    const v = data[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) layer.rules[k] = { ...layer.rules[k], ...(v as Record<string, unknown>) };
  }
  if (!('extends' in data) && depth === 0) layer.extends.unshift('recommended');
  return layer;
}

/**
 * The Redocly setup of a project: `recommended` when there is no config; otherwise the
 * config named in `settings.redocly` or found in the project root.
 */
export async function redoclySetup(projectRoot: string, settings: Record<string, unknown>): Promise<RedoclySetup> {
  const found = findConfigFile(projectRoot, settings.redocly, NAMES, []);
  const issues: ConfigIssue[] = found.issue ? [found.issue] : [];
  if (!found.file) return { extends: ['recommended'], rules: {}, named: new Set(), issues, read: [], key: 'default', consulted: found.probed };
  const read: RedoclySetup['read'] = [];
  const consulted = [...found.probed];
  const layer = await load(found.file, projectRoot, issues, 0, read, consulted);
  const named = new Set(Object.values(layer.rules).flatMap((r) => Object.keys(r)));
  const ext = [...new Set(layer.extends)];
  return { extends: ext, rules: layer.rules, named, issues, file: shown(found.file, projectRoot), read, key: JSON.stringify([ext, layer.rules]), consulted };
}
