import type { DesignDoc } from './model/document.js';

/** Severity of a finding as it appears in reports. */
export type Severity = 'error' | 'warning' | 'info';

/** Severity as written in configuration (ESLint style). */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;

/** A rule's entry in `rules`: a severity, or a severity with options. */
export type RuleEntry = SeveritySetting | [SeveritySetting] | [SeveritySetting, unknown];

/** Map from rule id (or engine source id such as `spectral:operation-tags`) to its entry. */
export type RulesConfig = Record<string, RuleEntry>;

/** A 1-based position in the markdown file. */
export interface Position {
  line: number;
  column: number;
}

/** A second location that travels with a finding ("first defined here"). */
export interface RelatedLocation extends Position {
  message: string;
  endLine?: number;
  endColumn?: number;
  /** The message id of the rule's `meta.messages` that words it. */
  messageId?: string;
  data?: Record<string, unknown>;
}

/** A safe, local text replacement; `range` is [start, end) in UTF-16 offsets of the document text. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One finding, with every position in the markdown file. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The engine's own id, e.g. `spectral:oas3-schema`, `redocly:no-unresolved-refs`. */
  source?: string;
  url?: string;
  fix?: Fix;
  related?: RelatedLocation[];
  /** The message id of the rule's `meta.messages` (absent for runner findings). */
  messageId?: string;
  /** The data interpolated into the message. */
  data?: Record<string, unknown>;
}

/** Where a report points: a position, or a range. */
export interface Location extends Position {
  endLine?: number;
  endColumn?: number;
}

/** A second location a rule reports, worded by one of its `meta.messages` like the finding. */
export interface RelatedDescriptor<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, unknown>;
  at: Location;
}

/** What a rule passes to `context.report`. */
export interface ReportDescriptor<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, unknown>;
  /** Where the finding is: a position or range; a cell, section or other span passes as it is. */
  at: Location;
  related?: RelatedDescriptor<MessageId>[];
  /**
   * The replacement that repairs the finding, when its correct value is unambiguous (`meta.fixable`).
   * It replaces exactly the reported range (`at: ctx.doc.spanAt(start, end)`), so that an editor
   * offers it as a quick fix on the finding.
   */
  fix?: Fix;
  /** Engine id of a wrapped engine finding; config can set severity for it on its own. */
  source?: string;
  /**
   * The engine's own severity for this finding. Used unless the user configured
   * `source` explicitly; the rule's own severity caps nothing, `off` still silences all.
   */
  severity?: Severity;
  /**
   * True when the project's own engine config (`redocly.yaml`, `.spectral.yaml`) sets this
   * engine rule: its `severity` then wins over a preset's setting of `source`.
   */
  engineConfigured?: boolean;
}

/** A JSON Schema, as accepted by ajv. */
export type JSONSchema = Record<string, unknown>;

/** Metadata of a rule. */
export interface RuleMeta<MessageId extends string = string> {
  description: string;
  messages: Record<MessageId, string>;
  /** True when the rule offers fixes (`design-check --fix`, editors' quick fixes). */
  fixable?: boolean;
  /** JSON Schema of the rule's options object. */
  schema?: JSONSchema;
  /** Options used when the config gives none. */
  defaultOptions?: unknown;
  /**
   * Return false when the document holds nothing this rule judges; the rule (and the engine
   * it loads) is then skipped.
   */
  appliesTo?: (doc: DesignDoc) => boolean;
}

/** What a rule sees while it runs. */
export interface RuleContext<Options = unknown, MessageId extends string = string> {
  /** The full rule id, `<plugin>/<rule>`. */
  readonly ruleId: string;
  readonly doc: DesignDoc;
  readonly options: Options;
  /** Folder that file references may not leave. */
  readonly projectRoot: string;
  /** Aborted when the rule runs past its time budget. */
  readonly signal: AbortSignal;
  /** Engine settings shared by the plugins (e.g. a `.spectral.yaml` path), from config `settings`. */
  readonly settings: Record<string, unknown>;
  /**
   * True when a rule id (`openapi/unresolved-ref`) or an engine source id
   * (`spectral:path-params`) is not turned off for this file; lets a rule skip a finding
   * that another enabled rule reports already.
   */
  isEnabled?(id: string): boolean;
  report(descriptor: ReportDescriptor<MessageId>): void;
}

/** A rule: metadata plus a check over the document model. */
export interface Rule<Options = any, MessageId extends string = string> {
  /** Kebab-case name; the runner makes the id `<plugin>/<name>`. */
  name: string;
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<Options, MessageId>): void | Promise<void>;
}

/**
 * The engine rule ids a plugin reports as `source` (`spectral:operation-tags`), so that a config
 * or directive naming one is checked like a rule id. Read without loading the engine: a list
 * kept beside the plugin (generated from the engine's own rule table), or a function.
 */
export interface SourceIds {
  /** The part before the colon: `spectral`, `redocly`, `typescript`. */
  prefix: string;
  /** The engine's name in messages: `Spectral`. */
  engine: string;
  /** The engine's rule ids without the prefix; a function is called once, when first needed. */
  ids: readonly string[] | (() => readonly string[]);
  /** Ids outside the list that are valid too (`/^TS\d+$/`, `/^rule\//`). */
  pattern?: RegExp;
  /** Said after an unknown id, e.g. where project-defined engine rules are configured. */
  hint?: string;
}

/**
 * An engine a plugin loads only for documents that need it (Spectral, TypeScript), declared so
 * that the runner can start loading it as soon as a document's text shows the need: while the
 * markdown is parsed, not after.
 */
export interface EngineDeclaration {
  /** The engine's name, as `--timing` shows it: `spectral`, `typescript`. */
  name: string;
  /** The rules (full ids) that use it: with all of them off for a file, it is not loaded early. */
  usedBy: readonly string[];
  /**
   * A quick look at the raw markdown: true when the document may need the engine (a fence of its
   * language). Only a hint: a wrong guess loads the engine early or late, never changes a finding.
   */
  neededBy(text: string): boolean;
  /** Load the engine, once per process (the rules' own loading then finds it ready). */
  load(): Promise<unknown>;
}

/** A plugin: a named set of rules with shareable configs. */
export interface Plugin {
  /** The rule-id prefix: `structure`, `openapi`, … */
  name: string;
  rules: Rule[];
  /** `recommended` sets every rule; `strict` holds only what it changes from `recommended`. */
  configs: { recommended: RulesConfig; strict: RulesConfig };
  /** The one-line reason of each config entry, by id (see `definePlugin`). */
  reasons?: { recommended: Record<string, string>; strict: Record<string, string> };
  /** Base URL of rule docs; the page of a rule is `${docsBase}/${name}.md`. */
  docsBase?: string;
  /** The engine ids its rules report; configs and directives naming other ids of these engines are errors. */
  sources?: SourceIds[];
  /** The engines its rules load on demand (see {@link EngineDeclaration}). */
  engines?: EngineDeclaration[];
}

/** The result of checking one file. */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The document text (without BOM), kept so formatters can show source lines. */
  source?: string;
  /** True when an `internal/…` finding was reported: the CLI exits 2. */
  internalError?: boolean;
}
