import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cac } from 'cac';
import {
  ConfigError,
  RUNNER_RULES,
  check,
  docsUrl,
  findConfig,
  isIgnored,
  loadConfigFile,
  looksLikeDesign,
  projectRootFor,
  resolveConfig,
  toFileResult,
  type FileResult,
  type LoadedConfig,
  type Plugin,
  type RulesConfig,
} from '@design-check/core';
import { getFormatter, type FormatterContext } from '@design-check/formatters';
import { defaultPlugins } from './plugins.js';
import { UsageError, expandTargets } from './files.js';
import { readDocument, readStdin } from './read.js';
import { printConfig, listRules } from './info.js';
import { runInit } from './init.js';

/** Where the CLI writes and what it knows of its terminal. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  readStdin: () => Promise<string>;
}

/** Parsed options of the check command. */
interface CheckFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: number | string;
  quiet?: boolean;
  rule?: string | string[];
  config?: string;
  printConfig?: string;
  listRules?: boolean;
  color?: boolean;
  stdinFilename?: string;
  projectRoot?: string;
  errorOnUnmatchedPattern?: boolean;
}

const STDIN_MARK = '\u0000stdin';

/** The CLI's version, from its package.json. */
export const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

function parseRuleFlags(values: string | string[] | undefined): RulesConfig {
  const out: RulesConfig = {};
  for (const v of ([] as string[]).concat(values ?? [])) {
    const m = /^\s*([^:\s][^\s]*?)\s*:\s*(off|info|warn|warning|error|[012])\s*$/.exec(String(v));
    if (!m) throw new UsageError(`Invalid --rule "${v}": expected "<rule-id>: off|info|warn|error", e.g. --rule "structure/no-placeholders: warn".`);
    out[m[1]] = /^\d$/.test(m[2]) ? (Number(m[2]) as 0 | 1 | 2) : (m[2] as 'off');
  }
  return out;
}

function ruleDescriptions(plugins: Plugin[]): FormatterContext['rules'] {
  const rules: NonNullable<FormatterContext['rules']> = {};
  for (const p of plugins) for (const r of p.rules) rules[`${p.name}/${r.name}`] = { description: r.meta.description, url: docsUrl(`${p.name}/${r.name}`, p.docsBase) };
  for (const [id, description] of Object.entries(RUNNER_RULES)) rules[id] = { description, url: docsUrl(id) };
  return rules;
}

async function configFor(file: string, flags: CheckFlags, cache: Map<string, LoadedConfig | undefined>): Promise<LoadedConfig | undefined> {
  if (flags.config) {
    if (!cache.has('--config')) cache.set('--config', await loadConfigFile(flags.config));
    return cache.get('--config');
  }
  return findConfig(file);
}

async function runCheck(files: string[], flags: CheckFlags, io: CliIO, plugins: Plugin[]): Promise<number> {
  const cliRules = parseRuleFlags(flags.rule);
  const formatter = getFormatterOrThrow(flags.format);
  const maxWarnings = flags.maxWarnings === undefined ? -1 : Number(flags.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`Invalid --max-warnings "${flags.maxWarnings}": expected a whole number.`);
  const cache = new Map<string, LoadedConfig | undefined>();
  const results: FileResult[] = [];
  const stdin = files.includes('-');
  if (stdin && files.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other files.');
  if (stdin) {
    const path = resolve(io.cwd, flags.stdinFilename ?? 'stdin.md');
    const loaded = await configFor(path, flags, cache);
    const text = await io.readStdin();
    const root = resolve(io.cwd, flags.projectRoot ?? projectRootFor(path, io.cwd));
    results.push(await check(text, { path, plugins, config: resolveConfig(plugins, loaded, path, cliRules), projectRoot: root }));
  } else {
    const targets = await expandTargets(files.length ? files : ['.'], io.cwd);
    for (const t of targets) {
      const loaded = await configFor(t.path, flags, cache);
      if (isIgnored(loaded, t.path)) continue;
      const text = await readDocument(t.path);
      if (!t.explicit && !looksLikeDesign(text)) continue;
      const root = resolve(io.cwd, flags.projectRoot ?? projectRootFor(t.path, io.cwd));
      results.push(await check(text, { path: t.path, plugins, config: resolveConfig(plugins, loaded, t.path, cliRules), projectRoot: root }));
    }
    if (results.length === 0 && targets.every((t) => !t.explicit) && flags.errorOnUnmatchedPattern !== false) {
      const what = targets.length ? `no design documents among ${targets.length} markdown files` : 'no markdown files';
      throw new UsageError(`Found ${what} in ${files.join(', ') || '.'} (a design document has a "Technical Design" title or the template's sections; name a file to check it anyway, or pass --no-error-on-unmatched-pattern).`);
    }
  }
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = flags.quiet ? results.map((r) => toFileResult(r.path, r.diagnostics.filter((d) => d.severity === 'error'), r.source)) : results;
  const output = formatter(shown, { cwd: io.cwd, color: flags.color ?? io.isTTY, rules: ruleDescriptions(plugins), version });
  if (flags.outputFile) {
    const out = resolve(io.cwd, flags.outputFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, output ? `${output}\n` : '');
  } else if (output) {
    io.stdout(`${output}\n`);
  }
  if (results.some((r) => r.internalError)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`design-check found ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function getFormatterOrThrow(name: string) {
  try {
    return getFormatter(name);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO, plugins: Plugin[] = defaultPlugins): Promise<number> {
  const cli = cac('design-check');
  let action: Promise<number> | undefined;
  cli
    .command('[...files]', 'Check design documents (files, folders or globs; "-" reads stdin)')
    .option('-f, --format <name>', 'Output format: stylish, json, sarif, github, junit', { default: 'stylish' })
    .option('-o, --output-file <path>', 'Write the report to a file')
    .option('--max-warnings <n>', 'Exit 1 when there are more warnings than this')
    .option('--quiet', 'Report errors only')
    .option('--rule <rule>', 'Set a rule\'s severity: "structure/no-placeholders: warn" (repeatable)')
    .option('-c, --config <path>', 'Use this config file instead of searching for one')
    .option('--print-config <file>', 'Print the configuration that applies to a file')
    .option('--list-rules', 'List every rule with its recommended severity')
    .option('--color', 'Force colours (default: only on a terminal); --no-color turns them off')
    .option('--stdin-filename <name>', 'Path to use for the document read from stdin')
    .option('--no-error-on-unmatched-pattern', 'Exit 0 when a folder holds no design document')
    .option('--project-root <dir>', 'Folder that links and $refs may not leave (default: the git work tree)')
    .example('design-check docs/')
    .example('design-check --format json docs/payments/TECHNICAL-DESIGN.md')
    .action((files: string[], flags: CheckFlags) => {
      if (flags.listRules) action = Promise.resolve(listRules(plugins, io));
      else if (flags.printConfig) action = printConfig(plugins, flags.printConfig, flags.config, parseRuleFlags(flags.rule), io);
      else action = runCheck(files.map((f) => (f === STDIN_MARK ? '-' : f)), flags, io, plugins);
    });
  cli
    .command('init [file]', 'Write a new design document from the template (default: TECHNICAL-DESIGN.md)')
    .action((file: string | undefined) => {
      action = runInit(file ?? 'TECHNICAL-DESIGN.md', io);
    });
  cli.help();
  cli.version(version);
  try {
    // mri drops a lone "-"; keep it as a file name meaning stdin.
    const args = argv.map((a) => (a === '-' ? STDIN_MARK : a));
    cli.parse(['node', 'design-check', ...args], { run: false });
    if (cli.options.help || cli.options.version) return 0;
    await cli.runMatchedCommand();
    if (!action) {
      io.stderr(`design-check: unknown command "${cli.args[0]}". Run design-check --help.\n`);
      return 2;
    }
    return await action;
  } catch (e) {
    const err = e as Error;
    if (err instanceof ConfigError) io.stderr(`design-check: config error: ${err.message}\n`);
    else if (err instanceof UsageError || err.name === 'CACError') io.stderr(`design-check: ${err.message} Run design-check --help for usage.\n`);
    else io.stderr(`design-check: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}

/** The IO of a real process. */
export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
    readStdin,
  };
}
