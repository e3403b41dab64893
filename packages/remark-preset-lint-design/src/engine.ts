import { resolve } from 'node:path';
import {
  RUNNER_RULES,
  check,
  clearConfigCache,
  findConfig,
  isIgnored,
  loadConfigFile,
  loadConfigObject,
  resolveConfig,
  toFileResult,
  type FileResult,
  type LoadedConfig,
  isDesignFile,
  projectRootFor,
  ruleId,
  type Plugin,
  type RulesConfig,
  type UserConfig,
} from '@design-check/core';

/** Options of the preset: the same choices the CLI offers. */
export interface PresetOptions {
  /**
   * The design-check config: a file path (resolved from the working folder) or a config
   * object. Default: found upward from each document, as the CLI does.
   */
  config?: string | UserConfig;
  /** Folder that links and `$ref`s may not leave. Default: the git work tree, as the CLI. */
  projectRoot?: string;
  /** Larger documents are not checked (one `input/too-large` error), in bytes. Default 20 MiB, as the CLI. */
  maxFileSize?: number;
  /**
   * Check every markdown file. Default false: like the CLI scanning a folder, only design
   * documents (the config's `files` match them, or, without `files`, they have the template's
   * Metadata table and sections).
   */
  allFiles?: boolean;
}

/** A rule's severity and options as written in remark config (`[rule, ['warn', options]]`). */
export interface RemarkSetting {
  severity?: 'off' | 'warn' | 'error';
  options?: unknown;
}

/** What one run of design-check over a file produced, shared by every lint rule. */
export interface Outcome {
  result?: FileResult;
  error?: Error;
  /** Set once `error` has been turned into a message, so it is reported once. */
  reported: boolean;
}

/** A unified processor as far as the preset needs one. */
export interface ProcessorLike {
  data(key: 'settings'): unknown;
}

/** The vfile fields the preset reads. */
export interface FileLike {
  cwd: string;
  path?: string;
  value: unknown;
}

/** Read a remark rule config the way `unified-lint-rule` does. */
export function remarkSetting(config: unknown): RemarkSetting {
  if (!Array.isArray(config)) return { options: config };
  const [level, options] = config as [unknown, unknown];
  switch (level) {
    case false:
    case 0:
    case 'off':
      return { severity: 'off', options };
    case true:
    case 1:
    case 'on':
    case 'warn':
      return { severity: 'warn', options };
    case 2:
    case 'error':
      return { severity: 'error', options };
    default:
      return { options: config };
  }
}

function textOf(file: FileLike): string {
  const v = file.value;
  if (typeof v === 'string') return v;
  // Decode like the CLI (Buffer keeps a BOM, which core then skips).
  return v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8') : String(v ?? '');
}

async function loadConfig(config: PresetOptions['config'], path: string, cwd: string): Promise<LoadedConfig | undefined> {
  // Config files may change while a language server runs; reading them again is cheap.
  clearConfigCache();
  if (config === undefined) return findConfig(path);
  if (typeof config === 'string') return loadConfigFile(resolve(cwd, config));
  // A config object's plugins are resolved from the working folder, as a file's from its own.
  return loadConfigObject(config, cwd, undefined, 'remark-preset-lint-design options');
}

/**
 * Runs design-check once per file for one preset: every lint rule of the preset awaits the
 * same memoised result and emits its own findings.
 */
export class Engine {
  private readonly memo = new WeakMap<object, Promise<Outcome>>();
  private readonly settled = new WeakMap<object, Outcome>();
  private readonly registry = new WeakMap<object, Map<string, RemarkSetting>>();
  /** Rule ids whose severity remark config can set: every plugin rule and `core/unused-disable`. */
  readonly configurable: string[];
  /** Rule ids that have a lint rule of their own in the preset (the rest, of plugins a config loads, the runner step emits). */
  readonly own: Set<string>;

  constructor(
    readonly plugins: Plugin[],
    readonly options: PresetOptions,
  ) {
    this.configurable = [...plugins.flatMap((p) => p.rules.map((r) => ruleId(p.name, r.name))), 'core/unused-disable'];
    this.own = new Set([...this.configurable, ...Object.keys(RUNNER_RULES)]);
  }

  /** The first file on which each config error was reported, by error message. */
  private readonly configErrors = new Map<string, string | undefined>();

  /** The file on which a config error is reported in full: the first that met it (`path` if none yet). */
  firstFileWith(error: string, path: string | undefined): string | undefined {
    if (!this.configErrors.has(error)) this.configErrors.set(error, path);
    return this.configErrors.get(error);
  }

  /** Record that a processor uses a lint rule, with its remark config. */
  register(processor: object, ruleId: string, setting: RemarkSetting): void {
    let rules = this.registry.get(processor);
    if (!rules) this.registry.set(processor, (rules = new Map()));
    rules.set(ruleId, setting);
  }

  /** The design-check findings of a file, computed on the first call. */
  outcome(file: FileLike, processor: ProcessorLike): Promise<Outcome> {
    let found = this.memo.get(file);
    if (!found) {
      found = this.run(file, processor).then(
        (result) => ({ result, reported: false }),
        (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)), reported: false }),
      );
      found.then((outcome) => this.settled.set(file, outcome));
      this.memo.set(file, found);
    }
    return found;
  }

  /** The outcome of a file if its run has finished, so that rules can emit synchronously. */
  ready(file: FileLike): Outcome | undefined {
    return this.settled.get(file);
  }

  private settings(processor: ProcessorLike): PresetOptions {
    const all = processor.data('settings') as { designCheck?: PresetOptions } | undefined;
    return { ...this.options, ...(all?.designCheck ?? {}) };
  }

  /** Remark config as extra rule settings (like the CLI's `--rule`): a rule not in use is off. */
  private remarkRules(processor: object, base: () => Map<string, { severity: string }>): RulesConfig {
    const used = this.registry.get(processor) ?? new Map<string, RemarkSetting>();
    const out: RulesConfig = {};
    for (const id of this.configurable) {
      const s = used.get(id);
      if (!s) out[id] = 'off';
      else if (s.severity) out[id] = s.options === undefined ? s.severity : [s.severity, s.options];
      else if (s.options !== undefined) {
        const severity = base().get(id)?.severity;
        out[id] = [!severity || severity === 'off' ? 'warn' : (severity as 'error'), s.options];
      }
    }
    return out;
  }

  private async run(file: FileLike, processor: ProcessorLike): Promise<FileResult> {
    const options = this.settings(processor);
    const cwd = file.cwd ?? process.cwd();
    const path = resolve(cwd, file.path ?? 'design.md');
    const text = textOf(file);
    const loaded = await loadConfig(options.config, path, cwd);
    if (isIgnored(loaded, path) || (!options.allFiles && !isDesignFile(loaded, path, text))) return toFileResult(path, []);
    let base: ReturnType<typeof resolveConfig> | undefined;
    const rules = this.remarkRules(processor, () => (base ??= resolveConfig(this.plugins, loaded, path)).rules);
    const config = resolveConfig(this.plugins, loaded, path, rules);
    const projectRoot = resolve(cwd, options.projectRoot ?? projectRootFor(path, cwd));
    // The bytes as read, when remark has them: bytes that are not UTF-8 are warned about as by the CLI.
    const input = file.value instanceof Uint8Array ? file.value : text;
    return check(input, { path, plugins: this.plugins, config, projectRoot, ...(options.maxFileSize ? { maxBytes: options.maxFileSize } : {}) });
  }
}
