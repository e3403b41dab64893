import { cac } from 'cac';
import { parse as parseYaml } from 'yaml';
import { closestName, type RuleEntry, type RulesConfig } from '@design-check/core';
import { UsageError } from './files.js';
import { VALUE_OPTIONS } from './options.js';

/** Parsed options of the check command. */
export interface CheckFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule?: string | string[];
  config?: string;
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  color?: boolean;
  stdinFilename?: string;
  projectRoot?: string;
  maxFileSize?: string;
  errorOnUnmatchedPattern?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  timing?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  designsOnly?: boolean;
}

export const STDIN_MARK = '\u0000stdin';
/** Marks an option's value as the user typed it (the argument parser would turn "0123" into 123). */
const RAW = '\u0000raw:';


/**
 * Prepare argv for the parser: a lone "-" means stdin, and the value of each option that takes
 * one is kept as typed (not made a number; "--max-warnings -1" is a value, not an option).
 */
export function protectArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_OPTIONS.has(name)) {
      if (name !== a) {
        out.push(name, RAW + a.slice(eq + 1));
        continue;
      }
      const next = argv[i + 1];
      if (next !== undefined && (!next.startsWith('-') || /^-\d+$/.test(next))) {
        out.push(a, RAW + next);
        i++;
        continue;
      }
    }
    out.push(a === '-' ? STDIN_MARK : a);
  }
  return out;
}

/** The options as users type them (`--max-warnings`, `-f`, `--no-color`), from the commands' definitions. */
export function optionNames(cli: ReturnType<typeof cac>): string[] {
  const names = new Set(['--no-color']);
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const o of command.options) for (const n of o.rawName.split(/[\s,]+/)) if (n.startsWith('-')) names.add(n);
  }
  return [...names];
}

/**
 * Throw a UsageError for an option the CLI does not know, named as typed (`--max-warning`, not
 * the parser's `--maxWarning`), with the nearest known option. `args` are protected: option
 * values no longer start with "-".
 */
export function checkOptions(args: string[], known: string[]): void {
  for (const a of args) {
    if (a === '--') return;
    if (!a.startsWith('-') || a === '-') continue;
    const name = a.startsWith('--') ? a.split('=')[0] : a;
    if (known.includes(name)) continue;
    const hint = closestName(name, known, 2);
    throw new UsageError(`Unknown option "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}.`);
  }
}

/**
 * The argument parser looks boolean options up by their camelCase name, so `--fix-dry-run docs/`
 * would take `docs/` as the option's value: write such options camelCase for it.
 */
export function booleanArgs(args: string[], cli: ReturnType<typeof cac>): string[] {
  const hyphenated = new Set<string>();
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const o of command.options) if (o.isBoolean && !o.negated) for (const n of o.rawName.split(/[\s,]+/)) if (/^--\w+-/.test(n)) hyphenated.add(n);
  }
  const end = args.indexOf('--');
  return args.map((a, i) => ((end < 0 || i < end) && hyphenated.has(a) ? a.replace(/-(\w)/g, (m, c: string, at: number) => (at < 2 ? m : c.toUpperCase())) : a));
}

/** An option's value as typed; given twice, the last one counts. */
function typed(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  if (v === undefined || v === null || typeof v === 'boolean') return undefined;
  const s = String(v);
  return s.startsWith(RAW) ? s.slice(RAW.length) : s;
}

/** The parsed options with every value as typed. */
export function normalize(flags: Record<string, unknown>): CheckFlags {
  const out = { ...flags } as Record<string, unknown>;
  for (const key of ['format', 'outputFile', 'maxWarnings', 'config', 'printConfig', 'explain', 'stdinFilename', 'projectRoot', 'maxFileSize', 'cacheLocation']) {
    if (key in flags) out[key] = typed(flags[key]);
  }
  if (flags.rule !== undefined) out.rule = ([] as unknown[]).concat(flags.rule).map((v) => typed(v) ?? '');
  return out as unknown as CheckFlags;
}

const SEVERITY = /^(?:off|info|warn|warning|error|[012])$/;

/**
 * `--rule "<id>: <severity>"` or `--rule "<id>: [<severity>, {options}]"` (YAML, as in a config
 * file); the options are checked against the rule's schema like a config's.
 */
export function parseRuleFlags(values: string | string[] | undefined): RulesConfig {
  const out: RulesConfig = {};
  for (const v of ([] as string[]).concat(values ?? [])) {
    const usage = new UsageError(`Invalid --rule "${v}": expected "<rule-id>: <severity>" or "<rule-id>: [<severity>, {options}]", e.g. --rule "structure/no-placeholders: warn".`);
    // The id may hold a colon itself (`spectral:operation-tags: off`): the value is what follows the last separator that leaves one.
    const m = /^\s*(\S+?)\s*:\s*(\[[\s\S]*\]|off|info|warn|warning|error|[012])\s*$/.exec(String(v));
    if (!m) throw usage;
    let value: unknown;
    try {
      value = parseYaml(m[2]);
    } catch {
      throw usage;
    }
    const severity = Array.isArray(value) ? value[0] : value;
    if (!SEVERITY.test(String(severity)) || (Array.isArray(value) && (value.length < 1 || value.length > 2))) throw usage;
    out[m[1]] = value as RuleEntry;
  }
  return out;
}
